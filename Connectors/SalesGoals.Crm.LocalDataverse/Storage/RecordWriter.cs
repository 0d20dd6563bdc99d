using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Storage;

/// <summary>
/// Validated writes with the columns the platform maintains: ids, created/modified stamps,
/// owner and owning business unit, default state and status, row version, currency and _base values.
/// </summary>
internal sealed class RecordWriter(MetadataCatalog metadata, DataStore store, RecordKeys keys, OrganizationDirectory directory, TimeProvider time)
{
    public Guid Create(Entity target, Guid callerId)
    {
        var table = metadata.Get(target.LogicalName);
        var id = target.Id != Guid.Empty ? target.Id
            : target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var given) && given is Guid primary ? primary
            : Guid.NewGuid();
        if (store.Table(table.LogicalName).Get(id) is not null)
        {
            throw DataverseFault.DuplicateKey();
        }

        var row = new Entity(table.LogicalName, id);
        foreach (var pair in target.Attributes)
        {
            var column = CheckedColumn(table, pair.Key, pair.Value);
            if (column.IsValidForCreate && pair.Value is not null)
            {
                row[pair.Key] = ValueCopier.CopyValue(pair.Value);
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var caller = new EntityReference("systemuser", callerId);
        row[table.PrimaryIdAttribute] = id;
        if (table.Find("createdon") is not null)
        {
            row["createdon"] = row.GetAttributeValue<DateTime?>("overriddencreatedon") ?? now;
            row["modifiedon"] = now;
            row["createdby"] = caller;
            row["modifiedby"] = caller;
        }

        if (table.IsUserOrTeamOwned)
        {
            var owner = row.GetAttributeValue<EntityReference>("ownerid") ?? caller;
            SetOwner(row, owner);
        }
        else if (table.Ownership == OwnershipType.OrganizationOwned)
        {
            row["organizationid"] = new EntityReference("organization", directory.OrganizationId);
        }

        ApplyState(table, row, row.GetAttributeValue<OptionSetValue>("statecode"), row.GetAttributeValue<OptionSetValue>("statuscode"), creating: true);
        ApplyCurrency(table, row, callerId);
        Finish(table, id, row);
        return id;
    }

    public void Update(Entity target, Guid callerId, ConcurrencyBehavior behavior)
    {
        var table = metadata.Get(target.LogicalName);
        var id = RequireId(table, target.Id, target.KeyAttributes, target);
        var existing = store.Table(table.LogicalName).Get(id) ?? throw DataverseFault.RecordNotFound(table.LogicalName, id);
        CheckVersion(existing, behavior, target.RowVersion);
        var row = ValueCopier.Copy(existing);
        foreach (var pair in target.Attributes)
        {
            var column = CheckedColumn(table, pair.Key, pair.Value);
            if (!column.IsValidForUpdate || pair.Key is "statecode" or "statuscode" || pair.Key == table.PrimaryIdAttribute)
            {
                continue;
            }

            if (pair.Value is null)
            {
                row.Attributes.Remove(pair.Key);
            }
            else
            {
                row[pair.Key] = ValueCopier.CopyValue(pair.Value);
            }
        }

        if (target.Attributes.ContainsKey("statecode") || target.Attributes.ContainsKey("statuscode"))
        {
            ApplyState(table, row, target.GetAttributeValue<OptionSetValue>("statecode"), target.GetAttributeValue<OptionSetValue>("statuscode"), creating: false);
        }

        if (table.IsUserOrTeamOwned && target.GetAttributeValue<EntityReference>("ownerid") is { } owner)
        {
            SetOwner(row, owner);
        }

        if (table.Find("modifiedon") is not null)
        {
            row["modifiedon"] = time.GetUtcNow().UtcDateTime;
            row["modifiedby"] = new EntityReference("systemuser", callerId);
        }

        ApplyCurrency(table, row, callerId);
        Finish(table, id, row);
    }

    public void Delete(EntityReference target, ConcurrencyBehavior behavior, string? rowVersion)
    {
        var table = metadata.Get(target.LogicalName);
        var id = RequireId(table, target.Id, target.KeyAttributes, null);
        var existing = store.Table(table.LogicalName).Get(id) ?? throw DataverseFault.RecordNotFound(table.LogicalName, id);
        CheckVersion(existing, behavior, rowVersion);
        store.Write(table.LogicalName, id, null);
    }

    /// <summary>The id of an existing row named by id or alternate key, or the not-found fault.</summary>
    public Guid RequireId(TableMetadata table, Guid id, KeyAttributeCollection? keyAttributes, Entity? target)
    {
        if (id == Guid.Empty && target?.Attributes.TryGetValue(table.PrimaryIdAttribute, out var primary) == true && primary is Guid fromAttribute)
        {
            id = fromAttribute;
        }

        var resolved = keys.Resolve(table.LogicalName, id, keyAttributes);
        if (resolved == Guid.Empty)
        {
            throw keyAttributes is { Count: > 0 }
                ? DataverseFault.RecordNotFoundByKey(table.LogicalName, string.Join(",", keyAttributes.Select(k => $"{k.Key}:{k.Value}")))
                : DataverseFault.InvalidArgument($"Entity Id must be specified for Operation on '{table.LogicalName}'.");
        }

        return resolved;
    }

    private ColumnDefinition CheckedColumn(TableMetadata table, string name, object? value)
    {
        var column = MetadataCatalog.GetColumn(table, name);
        ValueValidator.Validate(table, column, value);
        if (value is EntityReference reference && column.IsValidForCreate)
        {
            var target = metadata.Get(reference.LogicalName);
            var id = keys.Resolve(target.LogicalName, reference.Id, reference.KeyAttributes);
            if (id == Guid.Empty || store.Table(target.LogicalName).Get(id) is null)
            {
                throw DataverseFault.RecordNotFound(target.LogicalName, reference.Id);
            }
        }

        return column;
    }

    private void SetOwner(Entity row, EntityReference owner)
    {
        row["ownerid"] = new EntityReference(owner.LogicalName, owner.Id);
        row["owninguser"] = owner.LogicalName == "systemuser" ? new EntityReference("systemuser", owner.Id) : null;
        row["owningteam"] = owner.LogicalName == "team" ? new EntityReference("team", owner.Id) : null;
        row["owningbusinessunit"] = new EntityReference("businessunit", directory.BusinessUnitOf(owner));
        foreach (var name in new[] { "owninguser", "owningteam" })
        {
            if (row[name] is null)
            {
                row.Attributes.Remove(name);
            }
        }
    }

    private static void ApplyState(TableMetadata table, Entity row, OptionSetValue? state, OptionSetValue? status, bool creating)
    {
        if (table.StateColumn is null)
        {
            return;
        }

        var stateValue = state?.Value ?? (status is not null ? table.StateOfStatus(status.Value) : null) ?? (creating ? 0 : row.GetAttributeValue<OptionSetValue>("statecode")?.Value ?? 0);
        var statusValue = status?.Value ?? table.DefaultStatusFor(stateValue);
        if (status is not null && table.StateOfStatus(status.Value) is int owning && owning != stateValue)
        {
            throw DataverseFault.Create(ErrorCodes.InvalidStateCodeStatusCode,
                $"{status.Value} is not a valid status code for state code {table.LogicalName}State {stateValue} on {table.LogicalName} with Id {row.Id}.");
        }

        row["statecode"] = new OptionSetValue(stateValue);
        if (statusValue is int value && table.StatusColumn is not null)
        {
            row["statuscode"] = new OptionSetValue(value);
        }
    }

    private void ApplyCurrency(TableMetadata table, Entity row, Guid callerId)
    {
        if (table.MoneyColumns.Count == 0 || table.Find("transactioncurrencyid") is null)
        {
            return;
        }

        var currency = row.GetAttributeValue<EntityReference>("transactioncurrencyid")?.Id ?? directory.DefaultCurrencyOf(callerId);
        if (currency is not Guid currencyId || directory.ExchangeRateOf(currencyId) is not decimal rate || rate == 0)
        {
            return;
        }

        row["transactioncurrencyid"] = new EntityReference("transactioncurrency", currencyId);
        row["exchangerate"] = rate;
        foreach (var column in table.MoneyColumns)
        {
            var baseName = column.BaseColumn ?? column.LogicalName + "_base";
            if (row.GetAttributeValue<Money>(column.LogicalName) is { } money)
            {
                row[baseName] = new Money(decimal.Round(money.Value / rate, 4));
            }
            else
            {
                row.Attributes.Remove(baseName);
            }
        }
    }

    private void Finish(TableMetadata table, Guid id, Entity row)
    {
        var version = store.NextVersion();
        row["versionnumber"] = version;
        row.RowVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        keys.EnsureUnique(table, id, row);
        store.Write(table.LogicalName, id, row);
    }

    private static void CheckVersion(Entity existing, ConcurrencyBehavior behavior, string? rowVersion)
    {
        if (behavior != ConcurrencyBehavior.IfRowVersionMatches)
        {
            return;
        }

        if (string.IsNullOrEmpty(rowVersion))
        {
            throw DataverseFault.VersionNotProvided();
        }

        if (!string.Equals(rowVersion, existing.RowVersion, StringComparison.Ordinal))
        {
            throw DataverseFault.VersionMismatch();
        }
    }
}
