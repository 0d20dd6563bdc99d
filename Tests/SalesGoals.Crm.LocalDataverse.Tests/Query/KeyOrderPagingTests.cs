using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Query;

/// <summary>More rows than Dataverse's 5,000-row page: every reading style returns each row exactly once, in key order.</summary>
[TestClass]
public sealed class KeyOrderPagingTests
{
    private const int Rows = 12_000;
    private static readonly Lazy<(TestDataverse Dv, List<Guid> Ids)> Data = new(Seed);

    private static (TestDataverse Dv, List<Guid> Ids) Seed()
    {
        var dv = TestDataverse.Create();
        var ids = new List<Guid>();
        for (var batch = 0; batch < Rows / 1000; batch++)
        {
            var targets = new EntityCollection(Enumerable.Range(0, 1000).Select(i => new Entity("sg_sample")
            {
                ["sg_name"] = $"row {batch * 1000 + i}",
                ["sg_count"] = (batch * 1000 + i) % 3,
            }).ToList()) { EntityName = "sg_sample" };
            ids.AddRange(((CreateMultipleResponse)dv.Service.Execute(new CreateMultipleRequest { Targets = targets })).Ids);
        }

        return (dv, ids);
    }

    [TestMethod]
    public void RetrieveMultiple_NoPaging_ReturnsFirst5000AndMoreRecords()
    {
        var (dv, ids) = Data.Value;

        var page = dv.Service.RetrieveMultiple(new QueryExpression("sg_sample") { ColumnSet = new ColumnSet(false) });

        Assert.HasCount(5000, page.Entities);
        Assert.IsTrue(page.MoreRecords);
        CollectionAssert.AreEqual(ids.Order().Take(5000).ToList(), page.Entities.Select(e => e.Id).ToList());
    }

    [DataRow(5000, null)]
    [DataRow(5000, 0)]
    [DataRow(700, 1)]
    [TestMethod]
    public void RetrieveMultiple_PagingCookie_EveryMatchingRowOnceInKeyOrder(int pageSize, int? count)
    {
        var (dv, ids) = Data.Value;
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet("sg_count"), PageInfo = new PagingInfo { Count = pageSize, PageNumber = 1 } };
        if (count is { } value)
        {
            query.Criteria.AddCondition("sg_count", ConditionOperator.Equal, value);
        }

        var read = new List<Entity>();
        for (var pages = 1; ; pages++)
        {
            var page = dv.Service.RetrieveMultiple(query);
            Assert.IsLessThanOrEqualTo(pageSize, page.Entities.Count);
            read.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        var expected = count is null ? Rows : Rows / 3;
        Assert.HasCount(expected, read);
        Assert.IsTrue(count is null || read.All(r => r.GetAttributeValue<int>("sg_count") == count));
        CollectionAssert.AreEqual(read.Select(r => r.Id).Order().ToList(), read.Select(r => r.Id).ToList(), "pages follow the primary key");
        Assert.AreEqual(expected, read.Select(r => r.Id).Distinct().Count());
    }

    [TestMethod]
    public void RetrieveMultiple_KeysetByCondition_ContinuesAfterTheLastId()
    {
        var (dv, ids) = Data.Value;
        var read = new List<Guid>();
        Guid? last = null;
        while (true)
        {
            var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet(false), TopCount = 1500 };
            query.AddOrder("sg_sampleid", OrderType.Ascending);
            query.Criteria.AddCondition("sg_count", ConditionOperator.In, 0, 2);
            if (last is { } after)
            {
                query.Criteria.AddCondition("sg_sampleid", ConditionOperator.GreaterThan, after);
            }

            var page = dv.Service.RetrieveMultiple(query).Entities;
            if (page.Count == 0)
            {
                break;
            }

            read.AddRange(page.Select(e => e.Id));
            last = page[^1].Id;
        }

        var expected = Enumerable.Range(0, Rows).Where(i => i % 3 != 1).Select(i => ids[i]).Order().ToList();
        CollectionAssert.AreEqual(expected, read);
    }

    [TestMethod]
    public void RetrieveMultiple_RowOfFirstPageDeletedBeforeSecond_SecondPageStartsAfterTheCookie()
    {
        var dv = TestDataverse.Create();
        var ids = Enumerable.Range(0, 30).Select(i => dv.CreateSample($"r{i}")).Order().ToList();
        var query = new QueryExpression("sg_sample") { ColumnSet = new ColumnSet(false), PageInfo = new PagingInfo { Count = 10, PageNumber = 1 } };
        var first = dv.Service.RetrieveMultiple(query);
        dv.Service.Delete("sg_sample", ids[0]); // page numbers would now skip ids[10]; the cookie does not

        query.PageInfo.PageNumber = 2;
        query.PageInfo.PagingCookie = first.PagingCookie;
        var second = dv.Service.RetrieveMultiple(query);

        CollectionAssert.AreEqual(ids.Skip(10).Take(10).ToList(), second.Entities.Select(e => e.Id).ToList());
    }
}
