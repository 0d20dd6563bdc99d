using System;
using Microsoft.Xrm.Sdk.Query;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

[TestClass]
public sealed class QueryTests
{
    [TestMethod]
    public void QueryExpression_New_HasEmptyColumnSetCriteriaAndPaging()
    {
        var query = new QueryExpression("opportunity");

        Assert.IsFalse(query.ColumnSet.AllColumns);
        Assert.IsEmpty(query.ColumnSet.Columns);
        Assert.AreEqual(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.AreEqual(0, query.PageInfo.PageNumber);
    }

    [TestMethod]
    public void QueryExpression_ColumnSetSetToNull_StaysNull()
    {
        var query = new QueryExpression("opportunity") { ColumnSet = null };

        Assert.IsNull(query.ColumnSet);
    }

    [TestMethod]
    public void QueryByAttribute_EntityNameConstructor_LeavesColumnSetAndPagingNull()
    {
        var byName = new QueryByAttribute("account");
        var parameterless = new QueryByAttribute();

        Assert.IsNull(byName.ColumnSet);
        Assert.IsNull(byName.PageInfo);
        Assert.IsNotNull(parameterless.ColumnSet);
        Assert.IsNotNull(parameterless.PageInfo);
    }

    [TestMethod]
    public void AddLink_FromQuery_StartsAtQueryTable()
    {
        var query = new QueryExpression("opportunity");

        var link = query.AddLink("account", "customerid", "accountid", JoinOperator.LeftOuter);

        Assert.AreEqual("opportunity", link.LinkFromEntityName);
        Assert.AreEqual("account", link.LinkToEntityName);
        Assert.AreEqual(JoinOperator.LeftOuter, link.JoinOperator);
        Assert.HasCount(1, query.LinkEntities);
    }

    [TestMethod]
    public void AddLink_FromLink_StartsAtParentLinksFromTable()
    {
        var account = new QueryExpression("opportunity").AddLink("account", "customerid", "accountid");

        var owner = account.AddLink("systemuser", "ownerid", "systemuserid");

        // The SDK copies the parent's *from* table, so consumers must not rely on it for nested links.
        Assert.AreEqual("opportunity", owner.LinkFromEntityName);
    }

    [TestMethod]
    public void ConditionExpression_ParamsValues_KeepsEachValueInOrder()
    {
        var condition = new ConditionExpression("statecode", ConditionOperator.In, 1, 2);

        CollectionAssert.AreEqual(new object[] { 1, 2 }, condition.Values.ToArray());
        Assert.IsNull(condition.EntityName);
    }

    [TestMethod]
    public void ConditionExpression_GuidArrayAsCollection_SplitsIntoValues()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };

        var condition = new ConditionExpression("ownerid", ConditionOperator.In, ids);

        Assert.HasCount(2, condition.Values);
        Assert.AreEqual(ids[1], condition.Values[1]);
    }

    [TestMethod]
    public void AddCondition_WithEntityName_TargetsLinkAlias()
    {
        var filter = new FilterExpression(LogicalOperator.Or);

        filter.AddCondition("acc", "name", ConditionOperator.BeginsWith, "Con");

        Assert.AreEqual("acc", filter.Conditions[0].EntityName);
        Assert.AreEqual(ConditionOperator.BeginsWith, filter.Conditions[0].Operator);
    }
}
