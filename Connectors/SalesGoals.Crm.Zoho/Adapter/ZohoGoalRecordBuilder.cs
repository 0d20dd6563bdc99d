using System;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Zoho.Api;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Builds the custom-module record for a goal-progress row from ops' goalprogress map.</summary>
public sealed class ZohoGoalRecordBuilder
{
    private readonly CrmMapping _mapping;
    private readonly ObjectMap _targets;

    public ZohoGoalRecordBuilder(CrmMapping mapping, ObjectMap targets)
    {
        _mapping = mapping;
        _targets = targets;
        KeyField = targets.ExternalFieldFor(CanonicalGoalField.GoalId)
            ?? throw new InvalidOperationException(
                $"The Zoho goalprogress map for module '{targets.ExternalObject}' maps no field to '{CanonicalGoalField.GoalId}'; it is the upsert key (a unique field holding the Dataverse goal id).");
        foreach (var field in targets.Fields)
        {
            if (!Array.Exists(KnownFields, known => string.Equals(known, field.CanonicalField, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidOperationException(
                    $"The Zoho goalprogress map names '{field.CanonicalField}' (for {field.ExternalField}), which is not a canonical goal-progress field.");
            }
        }
    }

    private static readonly string[] KnownFields =
    [
        CanonicalGoalField.GoalId, CanonicalGoalField.Name, CanonicalGoalField.Owner, CanonicalGoalField.PeriodType,
        CanonicalGoalField.PeriodStart, CanonicalGoalField.PeriodEnd, CanonicalGoalField.Metric, CanonicalGoalField.Currency,
        CanonicalGoalField.BaseValue, CanonicalGoalField.Target, CanonicalGoalField.StretchValue, CanonicalGoalField.Actual,
        CanonicalGoalField.AttainmentPercent, CanonicalGoalField.ExpectedToDate, CanonicalGoalField.PaceStatus,
        CanonicalGoalField.Tier, CanonicalGoalField.ComputedOn,
    ];

    /// <summary>The unique field holding the Dataverse goal id: upsert's duplicate_check_fields.</summary>
    public string KeyField { get; }

    /// <summary>The record, or the field that could not be translated and why.</summary>
    public (JsonObject? Record, string? FailedField, string? Problem) Build(GoalProgressRow row)
    {
        var record = new JsonObject();
        foreach (var field in _targets.Fields)
        {
            if (field.Direction == MappingDirection.Inbound)
            {
                continue;
            }

            var value = ValueOf(row, field.CanonicalField);
            if (value is JsonValue text && field.ValueMap is { } valueMapName && text.GetValueKind() == System.Text.Json.JsonValueKind.String)
            {
                var external = _mapping.ValueMapNamed(valueMapName)?.ToExternal(text.GetValue<string>());
                if (external is null)
                {
                    return (null, field.ExternalField, $"'{text.GetValue<string>()}' has no entry in value map '{valueMapName}'.");
                }

                value = JsonValue.Create(external);
            }

            record[field.ExternalField] = value;
        }

        return (record, null, null);
    }

    private static JsonNode? ValueOf(GoalProgressRow row, string canonical) => canonical.ToLowerInvariant() switch
    {
        CanonicalGoalField.GoalId => JsonValue.Create(row.GoalId.ToString("D")),
        CanonicalGoalField.Name => JsonValue.Create(row.Name),
        CanonicalGoalField.Owner => new JsonObject { ["id"] = row.OwnerExternalId },
        CanonicalGoalField.PeriodType => JsonValue.Create(row.PeriodType),
        CanonicalGoalField.PeriodStart => JsonValue.Create(ZohoJson.FormatDate(row.PeriodStart)),
        CanonicalGoalField.PeriodEnd => JsonValue.Create(ZohoJson.FormatDate(row.PeriodEnd)),
        CanonicalGoalField.Metric => JsonValue.Create(row.MetricCode),
        CanonicalGoalField.Currency => JsonValue.Create(row.CurrencyCode),
        CanonicalGoalField.BaseValue => JsonValue.Create(row.BaseValue),
        CanonicalGoalField.Target => JsonValue.Create(row.Target),
        CanonicalGoalField.StretchValue => JsonValue.Create(row.StretchValue),
        CanonicalGoalField.Actual => JsonValue.Create(row.Actual),
        CanonicalGoalField.AttainmentPercent => JsonValue.Create(row.AttainmentPercent),
        CanonicalGoalField.ExpectedToDate => JsonValue.Create(row.ExpectedToDate),
        CanonicalGoalField.PaceStatus => JsonValue.Create(row.PaceStatus),
        CanonicalGoalField.Tier => JsonValue.Create(row.Tier),
        CanonicalGoalField.ComputedOn => JsonValue.Create(ZohoJson.FormatDateTime(row.ComputedOn)),
        _ => throw new InvalidOperationException($"'{canonical}' is not a canonical goal-progress field."),
    };
}
