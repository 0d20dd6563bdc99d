using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Storage;

/// <summary>Facts about users, teams and the organization the platform itself needs (business units, base currency).</summary>
internal sealed class OrganizationDirectory(DataStore store)
{
    public Guid OrganizationId { get; } = Guid.NewGuid();

    public Guid RootBusinessUnitId { get; set; }

    public Guid SystemUserId { get; set; }

    public Guid? BaseCurrencyId { get; set; }

    public Guid BusinessUnitOf(EntityReference principal)
    {
        var row = store.Table(principal.LogicalName).Get(principal.Id);
        return row?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? RootBusinessUnitId;
    }

    public Guid BusinessUnitOfUser(Guid userId) => BusinessUnitOf(new EntityReference("systemuser", userId));

    /// <summary>The user's default currency (usersettings.transactioncurrencyid), else the organization's base currency.</summary>
    public Guid? DefaultCurrencyOf(Guid userId)
    {
        // usersettings is keyed by the user: its primary key is systemuserid.
        var settings = store.Table("usersettings").Get(userId);
        return settings?.GetAttributeValue<EntityReference>("transactioncurrencyid")?.Id ?? BaseCurrencyId;
    }

    public decimal? ExchangeRateOf(Guid currencyId) =>
        store.Table("transactioncurrency").Get(currencyId)?.GetAttributeValue<decimal?>("exchangerate");
}
