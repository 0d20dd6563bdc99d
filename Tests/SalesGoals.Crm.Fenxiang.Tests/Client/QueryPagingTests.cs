using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Fenxiang.Tests.Support;

namespace SalesGoals.Crm.Fenxiang.Tests.Client;

[TestClass]
public sealed class QueryPagingTests
{
    private const string Opportunity = "NewOpportunityObj";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task QueryAllAsync_MoreThan10000Records_WalksIdCursorAndReturnsEachOnce()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        for (var i = 0; i < 10_050; i++)
        {
            host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named($"deal {i}").Build());
        }

        var ids = new List<string>();
        await foreach (var record in host.Client.QueryAllAsync(Opportunity, [], ["_id"], 100, TestContext.CancellationToken))
        {
            ids.Add(record["_id"]!.GetValue<string>());
        }

        Assert.HasCount(10_050, ids);
        Assert.AreEqual(10_050, ids.Distinct().Count());
        Assert.AreEqual(101, host.Emulator.Stats.CallsTo("/cgi/crm/v2/data/query"));
    }

    [TestMethod]
    [DataRow(10_100, 100)]
    [DataRow(150, 100)]
    public async Task QueryPageAsync_OffsetBeyond10000OrNotMultipleOfLimit_Throws10013(int offset, int limit)
    {
        await using var host = await FenxiangTestHost.StartAsync();

        var error = await Assert.ThrowsExactlyAsync<FenxiangApiException>(() => host.Client.QueryPageAsync(
            Opportunity, new SearchQueryInfo { Limit = limit, Offset = offset }, includeTotal: true, TestContext.CancellationToken));

        Assert.AreEqual(FenxiangErrorCodes.OffsetOutOfRange, error.Code);
        Assert.AreEqual(FenxiangOutcome.InvalidParameter, error.Outcome);
    }

    [TestMethod]
    [DataRow(true, 3)]
    [DataRow(false, 0)]
    public async Task QueryPageAsync_TotalsOnOrOff_ReportsTotalOnlyWhenAsked(bool includeTotal, long expectedTotal)
    {
        await using var host = await FenxiangTestHost.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Build());
        }

        var page = await host.Client.QueryPageAsync(Opportunity, new SearchQueryInfo { Limit = 2 }, includeTotal, TestContext.CancellationToken);

        Assert.AreEqual(expectedTotal, page.Total);
        Assert.HasCount(2, page.Records());
    }

    [TestMethod]
    public async Task QueryPageAsync_FiltersWithNotEqualAndIn_ReturnsOnlyMatchingRecords()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("open").WithStatus("1").Build());
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("won").WithStatus("2").Build());
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("lost").WithStatus("3").Build());

        var page = await host.Client.QueryPageAsync(Opportunity, new SearchQueryInfo
        {
            Filters = [new QueryFilter("sales_status", ["1"], QueryOperators.NotEqual), new QueryFilter("name", ["won", "open"], QueryOperators.In)],
        }, includeTotal: false, TestContext.CancellationToken);

        Assert.AreEqual("won", page.Records().Single()["name"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task QueryPageAsync_EmptyFields_AreOmitted()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var record = new OpportunityBuilder().Build();
        record["close_date"] = null;
        host.Emulator.Tenant.Seed(Opportunity, record);

        var page = await host.Client.QueryPageAsync(Opportunity, new SearchQueryInfo(), includeTotal: false, TestContext.CancellationToken);

        var returned = page.Records().Single();
        Assert.IsFalse(returned.ContainsKey("close_date"));
        Assert.IsTrue(returned.ContainsKey("amount"));
    }

    [TestMethod]
    public async Task QueryPageAsync_WithProjection_ReturnsOnlyProjectedFieldsAndId()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Build());

        var page = await host.Client.QueryPageAsync(Opportunity, new SearchQueryInfo { FieldProjection = ["amount"] }, includeTotal: false, TestContext.CancellationToken);

        CollectionAssert.AreEquivalent(new[] { "_id", "amount" }, page.Records().Single().Select(p => p.Key).ToArray());
    }

    [TestMethod]
    public void FenxiangPathFamily_CustomSuffix_ChoosesCustomFamily()
    {
        Assert.AreEqual("custom/v2", FenxiangPathFamily.For("sales_goal__c"));
        Assert.AreEqual("v2", FenxiangPathFamily.For("NewOpportunityObj"));
    }

}
