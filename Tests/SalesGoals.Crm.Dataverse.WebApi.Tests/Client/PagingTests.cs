using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Tests.Support;

namespace SalesGoals.Crm.Dataverse.WebApi.Tests.Client;

[TestClass]
public sealed class PagingTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task QueryAsync_350RowsPagesOf100_FollowsNextLinkThroughFourPagesEveryRowOnce()
    {
        await using var harness = await WebApiHarness.StartAsync(o => o.PageSize = 100);
        await harness.Gateway.UpsertExternalActualsAsync(Deals.Many(350, harness.Cny), TestContext.CancellationToken);
        harness.Api.ClearRequests();

        var rows = await harness.Gateway.GetExternalActualsAsync(TestContext.CancellationToken);

        Assert.HasCount(350, rows);
        Assert.HasCount(350, rows.Select(r => r.ExternalId).Distinct().ToList());
        var requests = harness.Api.Requests;
        Assert.HasCount(4, requests);
        Assert.IsTrue(requests.All(r => r.Headers["Prefer"].Contains("odata.maxpagesize=100", System.StringComparison.Ordinal)));
        Assert.IsFalse(requests[0].PathAndQuery.Contains("skiptoken", System.StringComparison.Ordinal));
        Assert.IsTrue(requests.Skip(1).All(r => r.PathAndQuery.Contains("skiptoken", System.StringComparison.Ordinal)));
    }
}
