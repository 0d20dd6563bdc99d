using System;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Integration.Tests.Mapping.Builders;
using static SalesGoals.Crm.Integration.Mapping.MappingDirection;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Records;

[TestClass]
public sealed class MappingRecordsTests
{
    [TestMethod]
    [DataRow("Zoho", UserMatchStrategy.ByEmail)]
    [DataRow("Fenxiang", UserMatchStrategy.ByExternalId)]
    public void FromRows_RowsOfAMapping_GiveTheSameMapping(string systemName, UserMatchStrategy strategy)
    {
        var system = ExternalSystem.Parse(systemName);
        var mapping = (system == ExternalSystem.Zoho ? ZohoFixtures.GoodMapping() : FenxiangFixtures.GoodMapping()).MatchUsers(strategy).Build();

        var rows = MappingRecords.ToRows(mapping);
        var back = MappingRecords.FromRows(system, rows, new MappingSettings(strategy, mapping.DefaultCurrency));

        MappingAssert.AreEquivalent(mapping, back);
    }

    [TestMethod]
    public void ToRows_ZohoMapping_UsesTheSolutionsOptionValuesAndPlainFieldNames()
    {
        var rows = MappingRecords.ToRows(ZohoFixtures.GoodMapping().Build());

        var region = rows.FieldRows.Single(r => r.ExternalField == "Region");
        Assert.AreEqual(new FieldMappingRow(100000000, "Deals", "Region", "region", 100000002, "valuemap:region", "Deals.Region → region"), region);
        Assert.IsNull(rows.FieldRows.Single(r => r.ExternalField == "Segment").Transform, "the default map is not spelled out");
        Assert.IsTrue(rows.ValueRows.Any(r => r is { Kind: 100000001, ExternalValue: "East China", CanonicalValue: "east" }));
        Assert.AreEqual(new UserMappingRow(100000000, "z-li", "li.wei@zoho-org.cn", TestUsers.Li.Id, "Zoho user z-li"), rows.UserRows.Single());
    }

    [TestMethod]
    public void FromRows_RowsOfSeveralSystems_KeepsOnlyTheAskedSystem()
    {
        var zoho = MappingRecords.ToRows(ZohoFixtures.GoodMapping().Build());
        var fenxiang = MappingRecords.ToRows(FenxiangFixtures.GoodMapping().Build());
        var all = new MappingRowSet([.. zoho.FieldRows, .. fenxiang.FieldRows], [.. zoho.ValueRows, .. fenxiang.ValueRows], [.. zoho.UserRows, .. fenxiang.UserRows]);

        var mapping = MappingRecords.FromRows(ExternalSystem.Fenxiang, all, new MappingSettings(UserMatchStrategy.ByExternalId));

        MappingAssert.AreEquivalent(FenxiangFixtures.GoodMapping().Build(), mapping);
    }

    [TestMethod]
    public void ToRows_ObjectMappingOnlySharedFields_QualifiesTheCanonicalFieldsAndRoundTrips()
    {
        var mapping = new CrmMappingBuilder(ExternalSystem.Fenxiang)
            .Object("sales_goal__c", ObjectMap.GoalProgressEntity, new("name", CanonicalGoalField.Name, Both), new("owner", CanonicalGoalField.Owner, Both))
            .Object("NewOpportunityObj", ObjectMap.DealEntity, new("name", CanonicalDealField.Name, Both), new("amount", CanonicalDealField.Amount, Both))
            .Build();

        var rows = MappingRecords.ToRows(mapping);
        var back = MappingRecords.FromRows(ExternalSystem.Fenxiang, rows, new MappingSettings());

        CollectionAssert.AreEquivalent(new[] { "goalprogress.name", "goalprogress.owner", "name", "amount" }, rows.FieldRows.Select(r => r.CanonicalField).ToArray());
        MappingAssert.AreEquivalent(mapping, back);
    }

    [TestMethod]
    public void FromRows_TransformWithFormatHints_KeepsTheValueMap()
    {
        var rows = new MappingRowSet(
            [
                new(MappingOptionValues.Fenxiang, "NewOpportunityObj", "amount", "amount", MappingOptionValues.Inbound, "decimal-string"),
                new(MappingOptionValues.Fenxiang, "NewOpportunityObj", "region__c", "region", MappingOptionValues.Inbound, "valuemap:region; epoch-ms"),
            ],
            [],
            []);

        var mapping = MappingRecords.FromRows(ExternalSystem.Fenxiang, rows, new MappingSettings());

        var deal = mapping.ObjectFor(ObjectMap.DealEntity)!;
        Assert.AreEqual("region", deal.For(CanonicalDealField.Region)!.ValueMap);
        Assert.IsNull(deal.For(CanonicalDealField.Amount)!.ValueMap);
    }

    [TestMethod]
    public void FromRows_InconsistentRows_ListsEveryReason()
    {
        var rows = new MappingRowSet(
            [
                new(MappingOptionValues.Zoho, "Deals", "Amount", "amount", 7),
                new(MappingOptionValues.Zoho, "Deals", "Stage", "stage", MappingOptionValues.Inbound, "uppercase"),
                new(MappingOptionValues.Zoho, "Deals", "", "closedate", MappingOptionValues.Inbound),
                new(MappingOptionValues.Zoho, "Contacts", "Full_Name", "name", MappingOptionValues.Both),
            ],
            [
                new(MappingOptionValues.Zoho, 100000009, "x", "y"),
                new(MappingOptionValues.Zoho, 100000001, "East", ""),
            ],
            [new(MappingOptionValues.Zoho, "z-1", null, Guid.Empty)]);

        var exception = Assert.ThrowsExactly<MappingRecordsException>(() => MappingRecords.FromRows(ExternalSystem.Zoho, rows, new MappingSettings()));

        string[] expectedFragments = ["sg_direction 7", "sg_transform 'uppercase'", "Deals. → closedate", "'Contacts' do not tell", "sg_kind 100000009", "('East' → '')", "'z-1'"];
        Assert.HasCount(expectedFragments.Length, exception.Errors, string.Join(Environment.NewLine, exception.Errors));
        foreach (var fragment in expectedFragments)
        {
            Assert.IsTrue(exception.Errors.Any(e => e.Contains(fragment, StringComparison.Ordinal)), $"no error mentions {fragment}: {exception.Message}");
        }
    }

    [TestMethod]
    public void ToRows_MappingTheTablesCannotHold_ListsEveryReasonAndReturnsNothing()
    {
        var mapping = new CrmMappingBuilder(ExternalSystem.Dataverse)
            .Object("Deals", ObjectMap.DealEntity, new FieldMap(new string('F', 201), CanonicalDealField.Amount))
            .ValueMap("pace", ("On track", "OnTrack"))
            .Build();

        var exception = Assert.ThrowsExactly<MappingRecordsException>(() => MappingRecords.ToRows(mapping));

        Assert.HasCount(3, exception.Errors, exception.Message);
        StringAssert.Contains(exception.Message, "Value map 'pace' cannot be stored");
        StringAssert.Contains(exception.Message, "201 characters; the column holds 200");
        StringAssert.Contains(exception.Message, "System Dataverse");
    }
}
