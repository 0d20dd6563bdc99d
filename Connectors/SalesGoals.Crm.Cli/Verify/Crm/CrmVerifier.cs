using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Fenxiang;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Worker.Hosting;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Configuration;
using SalesGoals.Crm.Zoho.DependencyInjection;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Cli.Verify.Crm;

/// <summary>
/// Checks one CRM against ops' mapping, with the same configuration as the worker's <c>run</c> (<c>Zoho:*</c>,
/// <c>Fenxiang:*</c>, <c>Worker:*</c>): the mapping comes from the sg_fieldmapping rows (the connector's defaults
/// when there are none, as the worker would seed them), the schema from the vendor's metadata API.
/// </summary>
internal static class CrmVerifier
{
    public static async Task<CrmCheck> CheckAsync(CliContext context, ExternalSystem system, CancellationToken cancellationToken)
    {
        await using var services = Services(context.Configuration, system);
        var mapping = await MappingAsync(context, system, cancellationToken).ConfigureAwait(false);
        var objects = mapping.Objects.Select(o => o.ExternalObject).ToList();
        var schema = system == ExternalSystem.Zoho
            ? await CrmSchemaReader.ReadZohoAsync(services.GetRequiredService<ZohoMetadataClient>(), objects, cancellationToken).ConfigureAwait(false)
            : await CrmSchemaReader.ReadFenxiangAsync(services.GetRequiredService<IFenxiangClient>(), objects, cancellationToken).ConfigureAwait(false);
        var fields = mapping.Objects.Sum(o => o.Fields.Select(f => f.ExternalField).Distinct(StringComparer.Ordinal).Count());
        return new CrmCheck(system, CrmSchemaComparer.Compare(mapping, schema), objects.Count, fields, null);
    }

    private static ServiceProvider Services(IConfiguration configuration, ExternalSystem system)
    {
        var services = new ServiceCollection().AddLogging();
        var provider = (system == ExternalSystem.Zoho ? services.AddZohoCrm(configuration) : services.AddFenxiang(configuration)).BuildServiceProvider();
        try
        {
            // Validated here, so missing settings are one clear line (exit 2) instead of a failure deep in a call.
            _ = system == ExternalSystem.Zoho
                ? (object)provider.GetRequiredService<IOptions<ZohoOptions>>().Value
                : provider.GetRequiredService<IOptions<FenxiangOptions>>().Value;
            return provider;
        }
        catch (OptionsValidationException exception)
        {
            provider.Dispose();
            throw new CliUsageException(string.Join(" ", exception.Failures), exception);
        }
    }

    private static async Task<CrmMapping> MappingAsync(CliContext context, ExternalSystem system, CancellationToken cancellationToken)
    {
        ISystemConnector connector = system == ExternalSystem.Zoho ? new ZohoConnector() : new FenxiangConnector();
        var worker = context.Configuration.GetSection(WorkerOptions.SectionName).Get<WorkerOptions>() ?? new WorkerOptions();
        var settings = new MappingSettings(worker.UserMatch, worker.DefaultCurrency);
        var option = MappingOptionValues.SystemOption(system);
        var all = await context.Connections.DataverseGateway.GetMappingRowsAsync(cancellationToken).ConfigureAwait(false);
        var rows = new MappingRowSet(
            all.FieldRows.Where(r => r.System == option).ToList(),
            all.ValueRows.Where(r => r.System == option).ToList(),
            all.UserRows.Where(r => r.System == option).ToList());
        var mapping = rows.FieldRows.Count == 0 ? connector.DefaultMapping(settings) : MappingRecords.FromRows(system, rows, settings);
        var named = mapping.ValueMaps.Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return mapping with { ValueMaps = [.. mapping.ValueMaps, .. connector.BuiltInValueMaps.Where(v => !named.Contains(v.Name))] };
    }

    /// <summary>The systems to check: those asked for, else the worker's <c>Worker:Systems</c>.</summary>
    public static IReadOnlyList<ExternalSystem> Systems(CliContext context, IReadOnlyList<string> asked)
    {
        var names = asked.Count > 0
            ? asked
            : (context.Configuration.GetSection(WorkerOptions.SectionName).Get<WorkerOptions>() ?? new WorkerOptions()).SystemNames();
        return names.Select(n => ExternalSystem.TryParse(n, out var system) && (system == ExternalSystem.Zoho || system == ExternalSystem.Fenxiang)
                ? system
                : throw new CliUsageException(context.T(VerifyTexts.SystemInvalid, n)))
            .Distinct()
            .ToList();
    }
}
