using System.Linq;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;
using SalesGoals.Crm.Fenxiang.Tests.Support;

namespace SalesGoals.Crm.Fenxiang.Tests.Adapter;

[TestClass]
public sealed class MappingVerifierTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task VerifyAsync_CompleteTenantAndMapping_ReportsNothing()
    {
        await using var host = await FenxiangTestHost.StartAsync();

        var problems = await host.CreateAdapter(new FenxiangMappingBuilder().Build()).VerifyAsync(TestContext.CancellationToken);

        Assert.IsEmpty(problems, string.Join("\n", problems));
    }

    [TestMethod]
    public async Task VerifyAsync_GoalObjectMissing_SaysSo()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.RemoveObject("sales_goal__c");

        var problems = await host.CreateAdapter(new FenxiangMappingBuilder().Build()).VerifyAsync(TestContext.CancellationToken);

        Assert.IsTrue(problems.Any(p => p.Contains("sales_goal__c", System.StringComparison.Ordinal)), string.Join("\n", problems));
    }

    [TestMethod]
    public async Task VerifyAsync_GoalFieldMissingAndStatusOptionUnmapped_ListsBoth()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.DefineObject(DefaultSchemas.SalesGoal(fields: DefaultSchemas.SalesGoalFields().Where(f => f.ApiName != "actual__c")));

        var problems = await host.CreateAdapter(new FenxiangMappingBuilder().WithoutStageValue("4").Build()).VerifyAsync(TestContext.CancellationToken);

        Assert.IsTrue(problems.Any(p => p.Contains("actual__c", System.StringComparison.Ordinal)), string.Join("\n", problems));
        Assert.IsTrue(problems.Any(p => p.Contains("sales_status", System.StringComparison.Ordinal) && p.Contains("'4'", System.StringComparison.Ordinal)), string.Join("\n", problems));
    }

    [TestMethod]
    public async Task VerifyAsync_PaceStatusOptionUnmapped_IsListed()
    {
        await using var host = await FenxiangTestHost.StartAsync();

        var problems = await host.CreateAdapter(new FenxiangMappingBuilder().WithoutPaceStatusValue("at_risk").Build()).VerifyAsync(TestContext.CancellationToken);

        Assert.IsTrue(problems.Any(p => p.Contains("at_risk", System.StringComparison.Ordinal)), string.Join("\n", problems));
    }
}
