using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Integration.Mapping.Validation;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>
/// Translates external records to canonical values (inbound field maps) and canonical values to external field
/// values (outbound field maps), through ops' value maps and the vendor's <see cref="IValueFormat"/>. A value it
/// cannot translate becomes a problem line, never a guess. Stateless apart from its inputs; safe to share.
/// </summary>
public sealed class RecordTranslator(CrmMapping mapping, IValueFormat format, DealStateResolver? stateResolver = null)
{
    private readonly DealStateResolver _resolveState = stateResolver ?? DealStateResolvers.FromStateField;

    public CanonicalRecord ToCanonical(ObjectMap objectMap, IReadOnlyDictionary<string, JsonElement> record)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        var where = $"{mapping.System} {objectMap.ExternalObject} {RecordId(record) ?? "(no id)"}";
        var entity = EntityOf(objectMap, problems, where);
        foreach (var field in objectMap.Fields.Where(f => f.Direction.Reads()))
        {
            if (entity?.Field(field.CanonicalField) is not { } definition)
            {
                continue;
            }

            var read = format.Read(record, field.ExternalField, definition.Type);
            if (read.Error is { } error)
            {
                problems.Add($"{where}: {error}.");
            }
            else if (!read.IsAbsent && Inbound(field, definition, read.Value!, where, problems) is { } value)
            {
                values[definition.Name] = value;
            }
        }

        return new CanonicalRecord(values, problems);
    }

    /// <summary>Translates a record of the mapping's deal object into an <see cref="ExternalDeal"/>.</summary>
    /// <exception cref="InvalidOperationException">The mapping has no deal object.</exception>
    public DealTranslation ToDeal(IReadOnlyDictionary<string, JsonElement> record)
    {
        var objectMap = mapping.ObjectFor(ObjectMap.DealEntity)
            ?? throw new InvalidOperationException($"The {mapping.System} mapping has no '{ObjectMap.DealEntity}' object.");
        var canonical = ToCanonical(objectMap, record);
        var values = canonical.Values;
        var problems = canonical.Problems.ToList();
        var id = RecordId(record);
        var where = $"{mapping.System} {objectMap.ExternalObject} {id ?? "(no id)"}";
        if (id is null)
        {
            problems.Add($"{where}: the record has no {format.RecordIdField}.");
        }

        var state = _resolveState(values, record);
        if (state is null)
        {
            var known = string.Join(", ", new[] { CanonicalDealField.Stage, CanonicalDealField.State }
                .Where(values.ContainsKey)
                .Select(f => $"{f} '{values[f]}'"));
            problems.Add($"{where}: its state cannot be decided from {(known.Length == 0 ? "no stage or state" : known)}; map the stage or status values to Open, Won or Lost.");
        }

        var amountField = objectMap.ExternalFieldFor(CanonicalDealField.Amount);
        if (!values.ContainsKey(CanonicalDealField.Amount) && (amountField is null || format.Read(record, amountField, CanonicalType.Money).IsAbsent))
        {
            // Unknown is not zero: a deal counted as 0 would understate the goal without anyone noticing.
            problems.Add($"{where}: {amountField ?? "the amount"} is empty; the deal is left out, not counted as 0.");
        }

        if (!values.ContainsKey(CanonicalDealField.ModifiedOn))
        {
            problems.Add($"{where}: the modification time is missing.");
        }

        if (problems.Count > 0)
        {
            return new DealTranslation(null, values, problems);
        }

        var owner = Get<ExternalUserRef>(values, CanonicalDealField.Owner);
        var account = Get<ExternalLookupRef>(values, CanonicalDealField.Account);
        var deal = new ExternalDeal
        {
            System = mapping.System,
            ExternalId = id!,
            Name = Get<string>(values, CanonicalDealField.Name),
            Amount = (decimal)values[CanonicalDealField.Amount],
            CurrencyCode = Get<string>(values, CanonicalDealField.Currency) ?? mapping.DefaultCurrency,
            ExchangeRate = values.TryGetValue(CanonicalDealField.ExchangeRate, out var rate) ? (decimal)rate : null,
            State = state!.Value,
            StageValue = Get<string>(values, CanonicalDealField.Stage),
            CloseDate = values.TryGetValue(CanonicalDealField.CloseDate, out var close) ? (DateOnly)close : null,
            CreatedOn = values.TryGetValue(CanonicalDealField.CreatedOn, out var created) ? (DateTimeOffset)created : null,
            ModifiedOn = (DateTimeOffset)values[CanonicalDealField.ModifiedOn],
            OwnerExternalId = owner?.Id,
            OwnerEmail = owner?.Email,
            OwnerName = owner?.Name,
            AccountExternalId = account?.Id,
            AccountName = account?.Name,
            Probability = values.TryGetValue(CanonicalDealField.Probability, out var probability) ? (decimal)probability : null,
            Dimensions = CanonicalDealField.Dimensions
                .Where(values.ContainsKey)
                .ToDictionary(d => d, d => (string)values[d], StringComparer.OrdinalIgnoreCase),
        };
        return new DealTranslation(deal, values, problems);
    }

    /// <summary>Encodes canonical values for writing through <paramref name="objectMap"/>'s outbound fields.
    /// Canonical fields without a value are left out (the vendor keeps what it has).</summary>
    public ExternalRecord ToExternal(ObjectMap objectMap, IReadOnlyDictionary<string, object> canonical)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var problems = new List<string>();
        var where = $"{mapping.System} {objectMap.ExternalObject}";
        var entity = EntityOf(objectMap, problems, where);
        var values = new Dictionary<string, object>(canonical, StringComparer.OrdinalIgnoreCase);
        foreach (var field in objectMap.Fields.Where(f => f.Direction.Writes()))
        {
            if (entity?.Field(field.CanonicalField) is not { } definition || !values.TryGetValue(definition.Name, out var value))
            {
                continue;
            }

            if (!CanonicalValues.IsOfType(definition.Type, value))
            {
                problems.Add($"{where}: canonical '{definition.Name}' should be {definition.Type} but is a {value.GetType().Name}.");
                continue;
            }

            if (MapFor(field, definition) is { } mapName)
            {
                var valueMap = mapping.ValueMapNamed(mapName);
                var external = valueMap is null ? null : CanonicalValues.ToExternal(valueMap, (string)value);
                if (external is null)
                {
                    problems.Add($"{where}: {definition.Name} '{value}' has no external value in value map '{mapName}' for {field.ExternalField}.");
                    continue;
                }

                value = external;
            }

            fields[field.ExternalField] = format.Write(definition.Type, value);
        }

        return new ExternalRecord(fields, problems);
    }

    private object? Inbound(FieldMap field, CanonicalFieldDefinition definition, object value, string where, List<string> problems)
    {
        if (MapFor(field, definition) is { } mapName)
        {
            var raw = (string)value;
            var canonical = mapping.ValueMapNamed(mapName)?.ToCanonical(raw);
            if (canonical is null)
            {
                problems.Add($"{where}: {field.ExternalField} value '{raw}' is not in value map '{mapName}'.");
                return null;
            }

            value = canonical;
        }

        if (definition.Type == CanonicalType.CurrencyCode && !MappingValidator.IsIsoCurrencyCode((string)value))
        {
            problems.Add($"{where}: {field.ExternalField} value '{value}' is not an ISO 4217 currency code.");
            return null;
        }

        return value;
    }

    private static string? MapFor(FieldMap field, CanonicalFieldDefinition definition) =>
        definition.ValueMapRule == ValueMapRule.NotAllowed ? null : field.ValueMap ?? definition.DefaultValueMap;

    private static CanonicalEntityDefinition? EntityOf(ObjectMap objectMap, List<string> problems, string where)
    {
        var entity = CanonicalFieldCatalog.Entity(objectMap.CanonicalEntity);
        if (entity is null)
        {
            problems.Add($"{where}: '{objectMap.CanonicalEntity}' is not a canonical entity.");
        }

        return entity;
    }

    private string? RecordId(IReadOnlyDictionary<string, JsonElement> record) =>
        record.TryGetValue(format.RecordIdField, out var id) && JsonValues.Text(id) is { Length: > 0 } text ? text : null;

    private static T? Get<T>(IReadOnlyDictionary<string, object> values, string field)
        where T : class =>
        values.TryGetValue(field, out var value) ? value as T : null;
}
