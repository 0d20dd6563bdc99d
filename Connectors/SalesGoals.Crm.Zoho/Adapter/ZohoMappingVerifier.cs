using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Zoho.Api;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Checks against Zoho's metadata that every module and field the mapping names exists, that
/// the goal key field is unique, and that stages carry forecast types. Creating what is missing is left
/// to an admin; this only lists it.</summary>
public sealed class ZohoMappingVerifier
{
    private readonly ZohoMetadataClient _metadata;

    public ZohoMappingVerifier(ZohoMetadataClient metadata) => _metadata = metadata;

    public async Task<IReadOnlyList<string>> VerifyAsync(ObjectMap deals, ObjectMap targets, string keyField, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var modules = await _metadata.GetModulesAsync(cancellationToken);
        var dealFields = await CheckModuleAsync(modules, deals, problems, cancellationToken);
        var targetFields = await CheckModuleAsync(modules, targets, problems, cancellationToken);

        if (dealFields is not null)
        {
            var stageField = deals.ExternalFieldFor(CanonicalDealField.Stage);
            var stage = dealFields.FirstOrDefault(f => f.ApiName == stageField);
            if (stage is not null && !stage.PickListValues.Any(v => v.ForecastType is not null))
            {
                problems.Add($"Zoho field {deals.ExternalObject}.{stageField} has no pick-list values with a forecast_type; won and lost cannot be told apart.");
            }

            var requested = deals.Fields.Select(f => f.ExternalField).Distinct(StringComparer.Ordinal).Count();
            if (requested > ZohoRecordReader.MaxFields)
            {
                problems.Add($"The Zoho deal map names {requested} fields; Zoho returns at most {ZohoRecordReader.MaxFields} a call.");
            }
        }

        if (targetFields?.FirstOrDefault(f => f.ApiName == keyField) is { Unique: null })
        {
            problems.Add($"Zoho field {targets.ExternalObject}.{keyField} (the goal id key) is not unique; mark it 'Do not allow duplicate values' so upserts cannot create duplicates.");
        }

        return problems;
    }

    private async Task<IReadOnlyList<ZohoField>?> CheckModuleAsync(
        IReadOnlyList<ZohoModule> modules, ObjectMap map, List<string> problems, CancellationToken cancellationToken)
    {
        var module = modules.FirstOrDefault(m => string.Equals(m.ApiName, map.ExternalObject, StringComparison.Ordinal));
        if (module is null)
        {
            problems.Add($"Zoho module '{map.ExternalObject}' ({map.CanonicalEntity}) does not exist; create it or fix the mapping.");
            return null;
        }

        if (!module.ApiSupported)
        {
            problems.Add($"Zoho module '{map.ExternalObject}' is not available through the API.");
            return null;
        }

        var fields = await _metadata.GetFieldsAsync(map.ExternalObject, cancellationToken);
        var names = fields.Select(f => f.ApiName).ToHashSet(StringComparer.Ordinal);
        foreach (var field in map.Fields.Where(f => !names.Contains(f.ExternalField)))
        {
            problems.Add($"Zoho field {map.ExternalObject}.{field.ExternalField} (mapped to {field.CanonicalField}) does not exist.");
        }

        return fields;
    }
}
