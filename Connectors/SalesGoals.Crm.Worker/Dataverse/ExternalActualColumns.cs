using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>Translates <see cref="ExternalActualRecord"/> to and from sg_externalactual columns.</summary>
internal static class ExternalActualColumns
{
    public static void Write(ExternalActualRecord record, Entity target)
    {
        target["sg_name"] = Truncate(record.Name ?? record.ExternalId, 200);
        target["sg_externalobject"] = record.ExternalObject;
        target["sg_owneruserid"] = record.OwnerUserId is Guid owner ? new EntityReference("systemuser", owner) : null;
        target["sg_externalownerid"] = record.ExternalOwnerId;
        target["sg_amount"] = new Money(record.Amount);
        target["sg_currencycode"] = record.CurrencyCode;
        if (record.CurrencyId is Guid currency)
        {
            target["transactioncurrencyid"] = new EntityReference("transactioncurrency", currency);
        }

        target["sg_dealstate"] = new OptionSetValue(SchemaValues.DealStateValue(record.State));
        target["sg_externalstage"] = record.Stage;
        target["sg_closedate"] = record.CloseDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        target["sg_createddate"] = record.CreatedOn?.UtcDateTime;
        target["sg_externalmodifiedon"] = record.ModifiedOn?.UtcDateTime;
        target["sg_probability"] = record.Probability;
        target["sg_productline"] = Choice(record.ProductLine);
        target["sg_region"] = Choice(record.Region);
        target["sg_customersegment"] = Choice(record.CustomerSegment);
        target["sg_accountname"] = record.AccountName;
        target["sg_externalaccountid"] = record.ExternalAccountId;
        target["sg_lastsyncedon"] = record.LastSyncedOn?.UtcDateTime;
    }

    public static ExternalActualRecord Read(Entity row) => new()
    {
        System = SchemaValues.SystemFrom(row.GetAttributeValue<OptionSetValue>("sg_sourcesystem").Value),
        ExternalId = row.GetAttributeValue<string>("sg_externalid"),
        Name = row.GetAttributeValue<string>("sg_name"),
        ExternalObject = row.GetAttributeValue<string>("sg_externalobject"),
        OwnerUserId = row.GetAttributeValue<EntityReference>("sg_owneruserid")?.Id,
        ExternalOwnerId = row.GetAttributeValue<string>("sg_externalownerid"),
        Amount = row.GetAttributeValue<Money>("sg_amount")?.Value ?? 0m,
        CurrencyCode = row.GetAttributeValue<string>("sg_currencycode") ?? string.Empty,
        CurrencyId = row.GetAttributeValue<EntityReference>("transactioncurrencyid")?.Id,
        State = SchemaValues.DealStateFrom(row.GetAttributeValue<OptionSetValue>("sg_dealstate").Value),
        Stage = row.GetAttributeValue<string>("sg_externalstage"),
        CloseDate = row.GetAttributeValue<DateTime?>("sg_closedate") is DateTime close ? DateOnly.FromDateTime(close) : null,
        Probability = row.GetAttributeValue<int?>("sg_probability"),
        ProductLine = row.GetAttributeValue<OptionSetValue>("sg_productline")?.Value,
        Region = row.GetAttributeValue<OptionSetValue>("sg_region")?.Value,
        CustomerSegment = row.GetAttributeValue<OptionSetValue>("sg_customersegment")?.Value,
        AccountName = row.GetAttributeValue<string>("sg_accountname"),
        ExternalAccountId = row.GetAttributeValue<string>("sg_externalaccountid"),
    };

    private static OptionSetValue? Choice(int? value) => value is int v ? new OptionSetValue(v) : null;

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
