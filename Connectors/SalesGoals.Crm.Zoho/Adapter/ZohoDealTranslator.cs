using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Zoho.Api;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Turns a Zoho Deals record into a canonical deal through ops' mapping. A record whose stage,
/// amount or dimension value cannot be translated yields a problem line instead of a guess; a deal without
/// a currency is in the org's home currency.</summary>
public sealed class ZohoDealTranslator
{
    private readonly CrmMapping _mapping;
    private readonly ObjectMap _deals;
    private readonly ZohoStageCatalog _stages;
    private readonly string _homeCurrency;

    /// <param name="mapping">Ops' mapping.</param>
    /// <param name="deals">The deal object's map.</param>
    /// <param name="stages">Stage → state from Zoho's stage metadata.</param>
    /// <param name="homeCurrency">The org's home currency (ISO code from <c>GET /crm/v8/org</c>).</param>
    public ZohoDealTranslator(CrmMapping mapping, ObjectMap deals, ZohoStageCatalog stages, string homeCurrency)
    {
        _mapping = mapping;
        _deals = deals;
        _stages = stages;
        _homeCurrency = homeCurrency;
    }

    public (ExternalDeal? Deal, string? Problem) Translate(JsonObject record)
    {
        var id = record["id"]?.ToString();
        if (string.IsNullOrEmpty(id))
        {
            return (null, "A Zoho deal came without an id.");
        }

        var modified = ZohoJson.ParseDateTime(ZohoRecordValues.Text(record, ModifiedField));
        if (modified is null)
        {
            return (null, $"Zoho deal {id}: {ModifiedField} is missing or not a date-time.");
        }

        var stageField = Field(CanonicalDealField.Stage);
        var stage = ZohoRecordValues.Text(record, stageField);
        if (_stages.StateOf(stage) is not { } state)
        {
            return (null, $"Zoho deal {id}: stage '{stage}' ({stageField}) has no forecast type in Zoho's stage metadata.");
        }

        var amountField = Field(CanonicalDealField.Amount) ?? "Amount";
        if (ZohoRecordValues.Number(record, amountField) is not { } amount)
        {
            // An empty amount is unknown, not zero: counting it as 0 would understate the goal silently.
            var raw = record[amountField]?.ToJsonString() ?? "null";
            return (null, $"Zoho deal {id}: {amountField} is empty or not a number ({raw}); the deal is left out, not counted as 0.");
        }

        var dimensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var dimension in CanonicalDealField.Dimensions)
        {
            if (TranslateDimension(record, id, dimension, dimensions) is { } problem)
            {
                return (null, problem);
            }
        }

        var ownerField = Field(CanonicalDealField.Owner);
        var accountField = Field(CanonicalDealField.Account);
        var deal = new ExternalDeal
        {
            System = ExternalSystem.Zoho,
            ExternalId = id,
            Name = ZohoRecordValues.Text(record, Field(CanonicalDealField.Name)),
            Amount = amount,
            CurrencyCode = ZohoRecordValues.Text(record, Field(CanonicalDealField.Currency)) ?? _homeCurrency,
            ExchangeRate = ZohoRecordValues.Number(record, Field(CanonicalDealField.ExchangeRate)),
            State = state,
            StageValue = stage,
            CloseDate = ZohoJson.ParseDate(ZohoRecordValues.Text(record, Field(CanonicalDealField.CloseDate))),
            CreatedOn = ZohoJson.ParseDateTime(ZohoRecordValues.Text(record, Field(CanonicalDealField.CreatedOn))),
            ModifiedOn = modified.Value,
            OwnerExternalId = ZohoRecordValues.LookupPart(record, ownerField, "id"),
            OwnerEmail = ZohoRecordValues.LookupPart(record, ownerField, "email"),
            OwnerName = ZohoRecordValues.LookupPart(record, ownerField, "name"),
            AccountExternalId = ZohoRecordValues.LookupPart(record, accountField, "id"),
            AccountName = ZohoRecordValues.LookupPart(record, accountField, "name"),
            Probability = ZohoRecordValues.Number(record, Field(CanonicalDealField.Probability)),
            Dimensions = dimensions,
        };
        return (deal, null);
    }

    public string ModifiedField => Field(CanonicalDealField.ModifiedOn) ?? ZohoDefaultMapping.ModifiedTimeField;

    private string? Field(string canonical) => _deals.ExternalFieldFor(canonical);

    private string? TranslateDimension(JsonObject record, string id, string dimension, Dictionary<string, string> dimensions)
    {
        var map = _deals.For(dimension);
        if (map is null)
        {
            return null;
        }

        var raw = ZohoRecordValues.Text(record, map.ExternalField);
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var valueMapName = map.ValueMap ?? dimension;
        var valueMap = _mapping.ValueMapNamed(valueMapName);
        var canonical = valueMap?.ToCanonical(raw);
        if (canonical is null)
        {
            return $"Zoho deal {id}: {dimension} value '{raw}' ({map.ExternalField}) is not in value map '{valueMapName}'.";
        }

        dimensions[dimension] = canonical;
        return null;
    }
}
