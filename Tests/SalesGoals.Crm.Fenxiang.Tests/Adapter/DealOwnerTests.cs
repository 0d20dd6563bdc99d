using System.Linq;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Tests.Support;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Fenxiang.Tests.Adapter;

/// <summary>Deal owners as Fenxiang sends them: an id list with a nested <c>owner__r</c> employee object, and
/// records owned by the system user "-10000" (系统), which must be named, never passed over.</summary>
[TestClass]
public sealed class DealOwnerTests
{
    private const string Opportunity = "NewOpportunityObj";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task ReadDealChangesAsync_SystemUserOwner_IsKeptUnmatchedAndReportedByName()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var imported = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("导入的商机").OwnedBy("-10000").WithStatus("2").Build());
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("正常商机").Build());

        var batch = await host.CreateAdapter(new FenxiangMappingBuilder().Build()).ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken);

        var deal = batch.Deals.Single(d => d.ExternalId == imported);
        Assert.AreEqual("-10000", deal.OwnerExternalId);
        Assert.IsNull(deal.OwnerEmail);
        var problem = batch.Problems.Single();
        StringAssert.Contains(problem, imported);
        StringAssert.Contains(problem, "导入的商机");
        StringAssert.Contains(problem, "-10000 (系统)");
        StringAssert.Contains(problem, "system user");
    }

    [TestMethod]
    public async Task ReadDealChangesAsync_NestedOwnerObject_GivesTheOwnersName()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Named("大单").Build());

        var deal = (await host.CreateAdapter(new FenxiangMappingBuilder().MatchingUsersByEmail().Build()).ReadDealChangesAsync(SyncWatermark.Beginning, TestContext.CancellationToken)).Deals.Single();

        Assert.AreEqual("管理员", deal.OwnerName);
        Assert.AreEqual("admin@example.com", deal.OwnerEmail, "e-mails still come from the user list");
    }
}
