using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Tests.Query;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.FetchXml;

[TestClass]
public sealed class FetchXmlTests
{
    private static QueryFixture F => QueryFixture.Instance;

    private static EntityCollection Fetch(string xml) => F.Dv.Service.RetrieveMultiple(new FetchExpression(xml));

    [TestMethod]
    public void Fetch_FilterWithOrAndLink_MatchesLinq()
    {
        var rows = Fetch($"""
            <fetch count="5000">
              <entity name="sg_sample">
                <attribute name="sg_name" />
                <filter type="or">
                  <condition attribute="sg_count" operator="lt" value="15" />
                  <condition attribute="sg_kind" operator="in"><value>{SampleRows.Kind2}</value></condition>
                </filter>
                <link-entity name="opportunity" from="opportunityid" to="sg_opportunityid" alias="opp" link-type="inner">
                  <attribute name="name" />
                </link-entity>
              </entity>
            </fetch>
            """).Entities;

        var expected = F.Rows.Where(r => (r.Count < 15 || r.Kind == SampleRows.Kind2) && r.OpportunityId is not null).Select(r => r.Id).ToList();
        CollectionAssert.AreEquivalent(expected, rows.Select(r => r.Id).ToList());
        Assert.IsTrue(rows.All(r => r.GetAttributeValue<AliasedValue>("opp.name").Value is "Alpha" or "Beta"));
    }

    [TestMethod]
    public void Fetch_AggregatesGroupedByOwner_MatchLinq()
    {
        var rows = Fetch("""
            <fetch aggregate="true">
              <entity name="sg_sample">
                <attribute name="ownerid" alias="owner" groupby="true" />
                <attribute name="sg_amount" alias="total" aggregate="sum" />
                <attribute name="sg_amount" alias="average" aggregate="avg" />
                <attribute name="sg_amount" alias="smallest" aggregate="min" />
                <attribute name="sg_amount" alias="largest" aggregate="max" />
                <attribute name="sg_sampleid" alias="rows" aggregate="count" />
                <attribute name="sg_count" alias="counted" aggregate="countcolumn" />
                <attribute name="sg_count" alias="countsum" aggregate="sum" />
              </entity>
            </fetch>
            """).Entities;

        Assert.HasCount(2, rows);
        foreach (var group in F.Rows.GroupBy(r => r.OwnerId))
        {
            var row = rows.Single(e => ((EntityReference)e.GetAttributeValue<AliasedValue>("owner").Value).Id == group.Key);
            var amounts = group.Where(r => r.Amount is not null).Select(r => r.Amount!.Value).ToList();
            Assert.AreEqual(amounts.Sum(), Money(row, "total"));
            Assert.AreEqual(amounts.Sum() / amounts.Count, Money(row, "average"));
            Assert.AreEqual(amounts.Min(), Money(row, "smallest"));
            Assert.AreEqual(amounts.Max(), Money(row, "largest"));
            Assert.AreEqual(group.Count(), (int)row.GetAttributeValue<AliasedValue>("rows").Value);
            Assert.AreEqual(group.Count(r => r.Count is not null), (int)row.GetAttributeValue<AliasedValue>("counted").Value);
            Assert.AreEqual(group.Sum(r => r.Count ?? 0), (int)row.GetAttributeValue<AliasedValue>("countsum").Value);
        }
    }

    [TestMethod]
    public void Fetch_CountByChoiceAndMonth_MatchesLinq()
    {
        var rows = Fetch("""
            <fetch aggregate="true">
              <entity name="sg_sample">
                <attribute name="sg_kind" alias="kind" groupby="true" />
                <attribute name="sg_due" alias="month" groupby="true" dategrouping="month" />
                <attribute name="sg_sampleid" alias="n" aggregate="count" />
                <filter><condition attribute="sg_kind" operator="not-null" /><condition attribute="sg_due" operator="not-null" /></filter>
                <order alias="n" descending="true" />
              </entity>
            </fetch>
            """).Entities;

        var expected = F.Rows.Where(r => r.Kind is not null && r.Due is not null).GroupBy(r => (r.Kind, r.Due!.Value.Month)).ToList();
        Assert.HasCount(expected.Count, rows);
        foreach (var group in expected)
        {
            var row = rows.Single(e => ((OptionSetValue)e.GetAttributeValue<AliasedValue>("kind").Value).Value == group.Key.Kind
                && (int)e.GetAttributeValue<AliasedValue>("month").Value == group.Key.Month);
            Assert.AreEqual(group.Count(), (int)row.GetAttributeValue<AliasedValue>("n").Value);
        }

        var counts = rows.Select(r => (int)r.GetAttributeValue<AliasedValue>("n").Value).ToList();
        CollectionAssert.AreEqual(counts.OrderByDescending(c => c).ToList(), counts);
    }

    [TestMethod]
    public void Fetch_AggregateWithoutRows_CountZeroAndNoSum()
    {
        var row = Fetch("""
            <fetch aggregate="true">
              <entity name="sg_sample">
                <attribute name="sg_amount" alias="total" aggregate="sum" />
                <attribute name="sg_sampleid" alias="n" aggregate="count" />
                <filter><condition attribute="sg_name" operator="eq" value="no such row" /></filter>
              </entity>
            </fetch>
            """).Entities.Single();

        Assert.AreEqual(0, (int)row.GetAttributeValue<AliasedValue>("n").Value);
        Assert.IsFalse(row.Contains("total"));
    }

    [TestMethod]
    public void Fetch_DateConditionAndPaging_MatchesLinq()
    {
        var from = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        var rows = Fetch($"""
            <fetch count="20" page="2">
              <entity name="sg_sample">
                <attribute name="sg_name" />
                <order attribute="sg_name" />
                <filter><condition attribute="sg_due" operator="on-or-after" value="{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" /></filter>
              </entity>
            </fetch>
            """);

        var expected = F.Rows.Where(r => r.Due?.Date >= from).Select(r => r.Name).Order(StringComparer.OrdinalIgnoreCase).Skip(20).Take(20).ToList();
        CollectionAssert.AreEqual(expected, rows.Entities.Select(r => r.GetAttributeValue<string>("sg_name")).ToList());
        Assert.IsTrue(rows.MoreRecords);
    }

    private static decimal Money(Entity row, string alias) => ((Money)row.GetAttributeValue<AliasedValue>(alias).Value).Value;
}
