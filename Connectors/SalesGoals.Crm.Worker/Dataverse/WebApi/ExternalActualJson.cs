using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Worker.Dataverse.WebApi;

/// <summary>Translates <see cref="ExternalActualRecord"/> to and from sg_externalactual as the Web API reads and writes it.</summary>
internal static class ExternalActualJson
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "sg_sourcesystem", "sg_externalid", "sg_name", "sg_externalobject", "_sg_owneruserid_value", "sg_externalownerid", "sg_amount",
        "sg_currencycode", "_transactioncurrencyid_value", "sg_dealstate", "sg_externalstage", "sg_closedate", "sg_probability",
        "sg_productline", "sg_region", "sg_customersegment", "sg_accountname", "sg_externalaccountid",
    ];

    public static string Key(ExternalActualRecord record) => Crm.Dataverse.WebApi.Client.ODataKey.Alternate(
        ("sg_sourcesystem", SchemaValues.SystemValue(record.System)), ("sg_externalid", record.ExternalId));

    public static JsonObject Write(ExternalActualRecord record)
    {
        var row = new JsonObject
        {
            ["sg_name"] = Truncate(record.Name ?? record.ExternalId, 200),
            ["sg_externalobject"] = record.ExternalObject,
            ["sg_externalownerid"] = record.ExternalOwnerId,
            ["sg_amount"] = record.Amount,
            ["sg_currencycode"] = record.CurrencyCode,
            ["sg_dealstate"] = SchemaValues.DealStateValue(record.State),
            ["sg_externalstage"] = record.Stage,
            ["sg_closedate"] = JsonColumns.DateValue(record.CloseDate),
            // A date-only column (Edm.Date): the day the deal was created, in UTC.
            ["sg_createddate"] = JsonColumns.DateValue(record.CreatedOn is { } created ? System.DateOnly.FromDateTime(created.UtcDateTime) : null),
            ["sg_externalmodifiedon"] = JsonColumns.InstantValue(record.ModifiedOn),
            ["sg_probability"] = record.Probability,
            ["sg_productline"] = record.ProductLine,
            ["sg_region"] = record.Region,
            ["sg_customersegment"] = record.CustomerSegment,
            ["sg_accountname"] = record.AccountName,
            ["sg_externalaccountid"] = record.ExternalAccountId,
            ["sg_lastsyncedon"] = JsonColumns.InstantValue(record.LastSyncedOn),
            // A deal whose owner is no longer matched loses its owner, as the in-process Upsert clears it.
            [WebApiNames.OwnerUserNavigation + WebApiNames.ODataBind] = record.OwnerUserId is System.Guid owner ? JsonColumns.Bind(WebApiNames.SystemUsers, owner) : null,
        };
        if (record.CurrencyId is System.Guid currency)
        {
            row[WebApiNames.CurrencyNavigation + WebApiNames.ODataBind] = JsonColumns.Bind(WebApiNames.Currencies, currency);
        }

        return row;
    }

    public static ExternalActualRecord Read(JsonObject row) => new()
    {
        System = SchemaValues.SystemFrom(JsonColumns.Int(row, "sg_sourcesystem") ?? 0),
        ExternalId = JsonColumns.Text(row, "sg_externalid") ?? string.Empty,
        Name = JsonColumns.Text(row, "sg_name"),
        ExternalObject = JsonColumns.Text(row, "sg_externalobject"),
        OwnerUserId = JsonColumns.Lookup(row, "sg_owneruserid"),
        ExternalOwnerId = JsonColumns.Text(row, "sg_externalownerid"),
        Amount = JsonColumns.Decimal(row, "sg_amount") ?? 0m,
        CurrencyCode = JsonColumns.Text(row, "sg_currencycode") ?? string.Empty,
        CurrencyId = JsonColumns.Lookup(row, "transactioncurrencyid"),
        State = SchemaValues.DealStateFrom(JsonColumns.Int(row, "sg_dealstate") ?? 0),
        Stage = JsonColumns.Text(row, "sg_externalstage"),
        CloseDate = JsonColumns.Date(row, "sg_closedate"),
        Probability = JsonColumns.Int(row, "sg_probability"),
        ProductLine = JsonColumns.Int(row, "sg_productline"),
        Region = JsonColumns.Int(row, "sg_region"),
        CustomerSegment = JsonColumns.Int(row, "sg_customersegment"),
        AccountName = JsonColumns.Text(row, "sg_accountname"),
        ExternalAccountId = JsonColumns.Text(row, "sg_externalaccountid"),
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
