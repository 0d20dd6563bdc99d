using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Schema;
using SalesGoals.Crm.Integration.Mapping.Validation;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>Start-up check: describes every mapped object and lists each missing object, field and unmapped
/// option (e.g. a sales_status value ops have not mapped to Open/Won/Lost). Creating fields is not its job.</summary>
internal sealed class MappingVerifier
{
    private readonly IFenxiangClient _client;
    private readonly CrmMapping _mapping;
    private readonly FenxiangAdapterOptions _options;

    public MappingVerifier(IFenxiangClient client, CrmMapping mapping, FenxiangAdapterOptions options)
    {
        _client = client;
        _mapping = mapping;
        _options = options;
    }

    public async Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken)
    {
        var schemas = new List<ExternalObjectSchema>();
        var names = _mapping.Objects.Select(o => o.ExternalObject).ToList();
        if (_options.WriteMonthlyTargetsToGoalValueObj)
        {
            names.Add(GoalValueWriter.ObjectApiName);
        }

        var problems = new List<string>();
        foreach (var name in names.Distinct())
        {
            var describe = await _client.DescribeAsync(name, cancellationToken).ConfigureAwait(false);
            if (describe is not null)
            {
                schemas.Add(FenxiangSchemaReader.ToSchema(name, describe));
            }
            else if (name == GoalValueWriter.ObjectApiName)
            {
                problems.Add($"{ExternalSystem.Fenxiang} object {name} does not exist; switch off WriteMonthlyTargetsToGoalValueObj or enable the goal module.");
            }
        }

        if (_options.WriteMonthlyTargetsToGoalValueObj && string.IsNullOrWhiteSpace(_options.GoalRuleId))
        {
            problems.Add("Fenxiang:Adapter:GoalRuleId is required to write monthly targets to GoalValueObj.");
        }

        var result = MappingValidator.Validate(_mapping, schemas, _options.ValidationContext);
        problems.InsertRange(0, result.Problems.Select(p => p.Message));
        problems.AddRange(OutboundSelectProblems(schemas));
        return problems;
    }

    /// <summary>The values the goal engine writes into choice fields; a select field must have an option for each.</summary>
    private static readonly Dictionary<string, string[]> GoalChoiceValues = new(System.StringComparer.OrdinalIgnoreCase)
    {
        [CanonicalGoalField.PaceStatus] = ["OnTrack", "Behind", "AtRisk", "Achieved"],
        [CanonicalGoalField.Tier] = ["None", "Base", "Target", "Stretch"],
        [CanonicalGoalField.PeriodType] = ["Year", "Quarter", "Month", "Week", "Day", "Custom"],
    };

    /// <summary>Goal choices written into a Fenxiang single-select must go through a value map that covers every
    /// value the engine writes and names only real options; otherwise Fenxiang refuses the write.</summary>
    private IEnumerable<string> OutboundSelectProblems(List<ExternalObjectSchema> schemas)
    {
        var goals = _mapping.ObjectFor(ObjectMap.GoalProgressEntity);
        var schema = schemas.FirstOrDefault(s => goals is not null && s.ApiName == goals.ExternalObject);
        if (goals is null || schema is null)
        {
            yield break;
        }

        foreach (var field in goals.Fields.Where(f => GoalChoiceValues.ContainsKey(f.CanonicalField)))
        {
            if (schema.Field(field.ExternalField) is not { Type: ExternalFieldType.Picklist } select)
            {
                continue;
            }

            var map = field.ValueMap is null ? null : _mapping.ValueMapNamed(field.ValueMap);
            if (map is null)
            {
                yield return $"{goals.ExternalObject}.{field.ExternalField} is a single-select: give it a value map from {field.CanonicalField} values ({string.Join(", ", GoalChoiceValues[field.CanonicalField])}) to its options ({string.Join(", ", select.Options)}).";
                continue;
            }

            foreach (var canonical in GoalChoiceValues[field.CanonicalField].Where(c => map.ToExternal(c) is null))
            {
                yield return $"{goals.ExternalObject}.{field.ExternalField}: {field.CanonicalField} '{canonical}' has no option in value map '{map.Name}' (options: {string.Join(", ", select.Options)}).";
            }

            foreach (var external in map.Entries.Keys.Where(k => !select.Options.Contains(k)))
            {
                yield return $"{goals.ExternalObject}.{field.ExternalField}: value map '{map.Name}' names '{external}', which is not an option of the field.";
            }
        }
    }
}
