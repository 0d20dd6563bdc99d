using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Tests.Support;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Dataverse.WebApi.Tests.Gateway;

[TestClass]
public sealed class BulkUpsertTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task UpsertExternalActualsAsync_1000NewDeals_OneRequestEveryRowWritten()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var deals = Deals.Many(1000, harness.Cny);
        harness.Api.ClearRequests();

        var writes = await harness.Gateway.UpsertExternalActualsAsync(deals, Token);

        Assert.HasCount(1, harness.Api.Requests, "1,000 deals cost one HTTP request");
        Assert.EndsWith("/sg_externalactuals/Microsoft.Dynamics.CRM.UpsertMultiple", harness.Api.Requests[0].PathAndQuery);
        Assert.IsTrue(writes.All(w => w.Outcome == RowWriteOutcome.Written));
        Assert.HasCount(1000, await harness.Gateway.GetExternalActualsAsync(Token));
    }

    [TestMethod]
    public async Task UpsertExternalActualsAsync_1000DealsTwoInvalid_TwoRequestsEachBadRowReportedTheRestKept()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var deals = Deals.Many(1000, harness.Cny);
        deals[10] = deals[10] with { ProductLine = 7 };
        deals[500] = deals[500] with { ProductLine = 7 };
        harness.Api.ClearRequests();

        var writes = await harness.Gateway.UpsertExternalActualsAsync(deals, Token);

        Assert.HasCount(2, harness.Api.Requests, "UpsertMultiple, refused as a whole, then one $batch");
        Assert.AreEqual(1000, harness.Api.Requests[1].BatchOperations);
        var refused = writes.Where(w => w.Outcome == RowWriteOutcome.Refused).ToList();
        CollectionAssert.AreEqual(new[] { deals[10].ExternalId, deals[500].ExternalId }, refused.Select(r => r.ExternalId).ToArray());
        Assert.IsTrue(refused.All(r => r.Error!.StartsWith("0x8004431a", System.StringComparison.Ordinal)), refused[0].Error);
        Assert.AreEqual(998, writes.Count(w => w.Outcome == RowWriteOutcome.Created));
        var rows = await harness.Gateway.GetExternalActualsAsync(Token);
        Assert.HasCount(998, rows);
        Assert.IsFalse(rows.Any(r => r.ExternalId == deals[10].ExternalId));
    }

    [TestMethod]
    public async Task UpsertExternalActualsAsync_2500Deals_ChunksOf1000ThreeRequests()
    {
        await using var harness = await WebApiHarness.StartAsync();
        harness.Api.ClearRequests();

        await harness.Gateway.UpsertExternalActualsAsync(Deals.Many(2500, harness.Cny), Token);

        Assert.HasCount(3, harness.Api.Requests);
        Assert.HasCount(2500, await harness.Gateway.GetExternalActualsAsync(Token));
    }
}
