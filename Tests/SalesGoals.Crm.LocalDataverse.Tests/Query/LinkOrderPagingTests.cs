using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Query;

[TestClass]
public sealed class LinkOrderPagingTests
{
    private static QueryFixture F => QueryFixture.Instance;

    [TestMethod]
    public void InnerLink_WithAliasAndLinkCriteria_ReturnsAliasedValues()
    {
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_name") };
        var link = query.AddLink("opportunity", "sg_opportunityid", "opportunityid", JoinOperator.Inner);
        link.EntityAlias = "opp";
        link.Columns = new ColumnSet("name");
        link.LinkCriteria.AddCondition("name", ConditionOperator.Equal, "Beta");

        var rows = QueryFixture.RetrieveAll(query, F.Dv.Service);

        CollectionAssert.AreEquivalent(F.Rows.Where(r => r.OpportunityId == F.Opportunities[1]).Select(r => r.Id).ToList(), rows.Select(r => r.Id).ToList());
        var aliased = rows[0].GetAttributeValue<AliasedValue>("opp.name");
        Assert.AreEqual("opportunity", aliased.EntityLogicalName);
        Assert.AreEqual("name", aliased.AttributeLogicalName);
        Assert.AreEqual("Beta", aliased.Value);
    }

    [TestMethod]
    public void OuterLink_RowsWithoutMatch_KeptWithoutAliasedColumns()
    {
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_name") };
        var link = query.AddLink("opportunity", "sg_opportunityid", "opportunityid", JoinOperator.LeftOuter);
        link.EntityAlias = "opp";
        link.Columns = new ColumnSet("name");
        query.Criteria.AddCondition("sg_count", ConditionOperator.LessThan, 30);

        var rows = QueryFixture.RetrieveAll(query, F.Dv.Service);

        var expected = F.Rows.Where(r => r.Count < 30).ToList();
        Assert.HasCount(expected.Count, rows);
        Assert.AreEqual(expected.Count(r => r.OpportunityId is not null), rows.Count(r => r.Contains("opp.name")));
    }

    [TestMethod]
    public void ConditionOnLinkedAlias_InMainFilter_FiltersByLinkedColumn()
    {
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet(false) };
        query.AddLink("opportunity", "sg_opportunityid", "opportunityid", JoinOperator.LeftOuter).EntityAlias = "opp";
        var filter = new FilterExpression(LogicalOperator.Or);
        filter.AddCondition("opp", "name", ConditionOperator.Equal, "Alpha");
        filter.AddCondition("sg_count", ConditionOperator.Equal, 7);
        query.Criteria.AddFilter(filter);

        F.AssertMatches(query, r => r.OpportunityId == F.Opportunities[0] || r.Count == 7);
    }

    [TestMethod]
    public void Orders_DescendingThenAscending_MatchLinqOrder()
    {
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_kind", "sg_count") };
        query.Criteria.AddCondition("sg_kind", ConditionOperator.NotNull);
        query.AddOrder("sg_kind", OrderType.Descending);
        query.AddOrder("sg_count", OrderType.Ascending);

        var rows = QueryFixture.RetrieveAll(query, F.Dv.Service);

        var expected = F.Rows.Where(r => r.Kind is not null).OrderByDescending(r => r.Kind).ThenBy(r => r.Count ?? int.MinValue).ThenBy(r => r.Id).ToList();
        CollectionAssert.AreEqual(expected.Select(r => r.Count).ToList(), rows.Select(r => r.GetAttributeValue<int?>("sg_count")).ToList());
    }

    [TestMethod]
    public void Paging_PagesOfFifty_CoverEveryRowOnceWithCookies()
    {
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet(false), PageInfo = new PagingInfo { Count = 50, PageNumber = 1 } };
        query.AddOrder("sg_name", OrderType.Ascending);

        var first = F.Dv.Service.RetrieveMultiple(query);
        query.PageInfo.PageNumber = 8;
        var last = F.Dv.Service.RetrieveMultiple(query);

        Assert.HasCount(50, first.Entities);
        Assert.IsTrue(first.MoreRecords);
        StringAssert.StartsWith(first.PagingCookie, "<cookie page=\"1\">");
        Assert.HasCount(50, last.Entities);
        Assert.IsFalse(last.MoreRecords);
        Assert.AreEqual(F.Rows.Select(r => r.Name).Order(StringComparer.OrdinalIgnoreCase).Last(), F.Dv.Service.Retrieve("sg_sample", last.Entities[^1].Id, new ColumnSet("sg_name")).GetAttributeValue<string>("sg_name"));
    }

    [TestMethod]
    public void TopCount_LimitsRows()
    {
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet(false), TopCount = 5 };

        Assert.HasCount(5, F.Dv.Service.RetrieveMultiple(query).Entities);
    }

    [TestMethod]
    public void QueryByAttribute_IsAnAndOfEquals()
    {
        var query = new QueryByAttribute("sg_sample") { ColumnSet = new ColumnSet("sg_name") };
        query.AddAttributeValue("ownerid", F.OtherOwner);
        query.AddAttributeValue("sg_kind", SampleRows.Kind1);

        var rows = F.Dv.Service.RetrieveMultiple(query).Entities;

        CollectionAssert.AreEquivalent(F.Rows.Where(r => r.OwnerId == F.OtherOwner && r.Kind == SampleRows.Kind1).Select(r => r.Id).ToList(), rows.Select(r => r.Id).ToList());
    }

    [TestMethod]
    public void Query_UnknownColumnInCondition_FailsNoAttribute()
    {
        var query = new QueryExpression("sg_sample");
        query.Criteria.AddCondition("sg_missing", ConditionOperator.Equal, 1);

        AssertFault.Throws(ErrorCodes.QueryBuilderNoAttribute, () => F.Dv.Service.RetrieveMultiple(query));
    }

    [TestMethod]
    public void Query_UnknownTable_FailsNoEntity()
    {
        AssertFault.Throws(ErrorCodes.QueryBuilderNoEntity, () => F.Dv.Service.RetrieveMultiple(new QueryExpression("sg_missing")));
    }

    [TestMethod]
    public void Query_ReturnedLookup_CarriesPrimaryName()
    {
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_opportunityid"), TopCount = 1 };
        query.Criteria.AddCondition("sg_opportunityid", ConditionOperator.Equal, F.Opportunities[0]);

        var row = F.Dv.Service.RetrieveMultiple(query).Entities.Single();

        Assert.AreEqual("Alpha", row.GetAttributeValue<EntityReference>("sg_opportunityid").Name);
    }
}
