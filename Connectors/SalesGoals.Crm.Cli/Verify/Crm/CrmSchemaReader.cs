using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Cli.Verify.Crm;

/// <summary>Reads the metadata of the objects a mapping names: Zoho's settings/modules and settings/fields, Fenxiang's
/// object/list and object/describe. A missing object comes back as null.</summary>
public static class CrmSchemaReader
{
    public static async Task<IReadOnlyDictionary<string, RemoteObject?>> ReadZohoAsync(ZohoMetadataClient metadata, IEnumerable<string> modules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(modules);
        var existing = (await metadata.GetModulesAsync(cancellationToken).ConfigureAwait(false))
            .Where(m => m.ApiName is not null && m.ApiSupported)
            .Select(m => m.ApiName!)
            .ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, RemoteObject?>(StringComparer.Ordinal);
        foreach (var module in modules.Distinct(StringComparer.Ordinal))
        {
            if (!existing.Contains(module))
            {
                result[module] = null;
                continue;
            }

            var fields = await metadata.GetFieldsAsync(module, cancellationToken).ConfigureAwait(false);
            result[module] = new RemoteObject(module, fields
                .Where(f => f.ApiName is not null)
                .DistinctBy(f => f.ApiName, StringComparer.Ordinal)
                .ToDictionary(f => f.ApiName!, f => new RemoteField(f.ApiName!, f.DataType ?? "text", f.Unique is not null), StringComparer.Ordinal));
        }

        return result;
    }

    public static async Task<IReadOnlyDictionary<string, RemoteObject?>> ReadFenxiangAsync(IFenxiangClient client, IEnumerable<string> objects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(objects);
        var result = new Dictionary<string, RemoteObject?>(StringComparer.Ordinal);
        foreach (var name in objects.Distinct(StringComparer.Ordinal))
        {
            var describe = await client.DescribeAsync(name, cancellationToken).ConfigureAwait(false);
            result[name] = describe is null ? null : new RemoteObject(name, describe.Fields
                .Select(p => new RemoteField(p.Value.ApiName ?? p.Key, p.Value.Type ?? "text", p.Value.IsUnique))
                .DistinctBy(f => f.ApiName, StringComparer.Ordinal)
                .ToDictionary(f => f.ApiName, StringComparer.Ordinal));
        }

        return result;
    }
}
