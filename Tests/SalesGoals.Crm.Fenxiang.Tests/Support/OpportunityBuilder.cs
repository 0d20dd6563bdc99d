using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Fenxiang.Tests.Support;

/// <summary>Builds NewOpportunityObj records the way Fenxiang stores them (money as strings, ms, lists).</summary>
public sealed class OpportunityBuilder
{
    private readonly JsonObject _record = new()
    {
        ["name"] = "商机",
        ["amount"] = "1000.00",
        ["sales_status"] = "1",
        ["owner"] = new JsonArray(FenxiangTestHost.AdminId),
    };

    public OpportunityBuilder Named(string name)
    {
        _record["name"] = name;
        return this;
    }

    public OpportunityBuilder WithAmount(string amount)
    {
        _record["amount"] = amount;
        return this;
    }

    public OpportunityBuilder WithStatus(string salesStatus)
    {
        _record["sales_status"] = salesStatus;
        return this;
    }

    public OpportunityBuilder OwnedBy(string employeeId)
    {
        _record["owner"] = new JsonArray(employeeId);
        return this;
    }

    public OpportunityBuilder ClosingOn(DateTimeOffset instant)
    {
        _record["close_date"] = instant.ToUnixTimeMilliseconds();
        return this;
    }

    public OpportunityBuilder InRegion(string region)
    {
        _record["region__c"] = region;
        return this;
    }

    public OpportunityBuilder WithLifeStatus(string lifeStatus)
    {
        _record["life_status"] = lifeStatus;
        return this;
    }

    public OpportunityBuilder WithAmount(decimal amount) => WithAmount(amount.ToString("0.00", CultureInfo.InvariantCulture));

    public JsonObject Build() => (JsonObject)_record.DeepClone();
}
