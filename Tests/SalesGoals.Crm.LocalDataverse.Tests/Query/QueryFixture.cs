using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Query;

/// <summary>One environment with 400 generated rows, shared by the query tests (they only read).</summary>
public sealed class QueryFixture
{
    private static readonly Lazy<QueryFixture> Shared = new(() => new QueryFixture());

    private QueryFixture()
    {
        Dv = TestDataverse.Create();
        var seed = Dv.Environment.Seed;
        var east = seed.BusinessUnit("East");
        OtherOwner = seed.User("Bob East", east);
        Opportunities = [Dv.Opportunity("Alpha", 1_000m), Dv.Opportunity("Beta", 2_000m)];
        Rows = SampleRows.Seed(Dv, [Dv.UserId, OtherOwner], Opportunities, 400);
    }

    public static QueryFixture Instance => Shared.Value;

    public TestDataverse Dv { get; }

    public Guid OtherOwner { get; }

    public Guid[] Opportunities { get; }

    public List<SampleRow> Rows { get; }

    /// <summary>Runs the query (all pages) and checks the ids against the rows the predicate selects.</summary>
    public void AssertMatches(QueryExpression query, Func<SampleRow, bool> expected, IOrganizationService? service = null)
    {
        query.ColumnSet ??= new ColumnSet(false);
        var actual = RetrieveAll(query, service ?? Dv.Service).Select(e => e.Id).ToList();
        var wanted = Rows.Where(expected).Select(r => r.Id).ToList();
        Assert.IsNotEmpty(wanted, "the case must select something to be meaningful");
        Assert.IsTrue(wanted.Count < Rows.Count, "the case must leave something out to be meaningful");
        CollectionAssert.AreEquivalent(wanted, actual);
    }

    public static List<Entity> RetrieveAll(QueryExpression query, IOrganizationService service)
    {
        var all = new List<Entity>();
        query.PageInfo = new PagingInfo { Count = 150, PageNumber = 1 };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            all.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return all;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
