using System.Linq;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;
using SalesGoals.Crm.Fenxiang.Tests.Support;

namespace SalesGoals.Crm.Fenxiang.Tests.Adapter;

[TestClass]
public sealed class GoalValueWriterTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task WriteGoalProgressAsync_GoalValueOptionOn_WritesMonthlyTargetsPerPersonAndYear()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.DefineObject(DefaultSchemas.GoalValue());
        var adapter = host.CreateAdapter(new FenxiangMappingBuilder().Build(), o => { o.WriteMonthlyTargetsToGoalValueObj = true; o.GoalRuleId = "rule-1"; });

        var results = await adapter.WriteGoalProgressAsync(
            [new GoalRowBuilder().ForMonth(2026, 1, 1000m).Build(), new GoalRowBuilder().ForMonth(2026, 2, 2000m).Build(), new GoalRowBuilder().Build()],
            TestContext.CancellationToken);

        Assert.IsTrue(results.All(r => r.Succeeded), string.Join("; ", results.Select(r => r.Message)));
        var value = host.Emulator.Tenant.All("GoalValueObj").Single();
        Assert.AreEqual("1000", value["january_value"]!.GetValue<string>());
        Assert.AreEqual("2000", value["february_value"]!.GetValue<string>());
        Assert.AreEqual("2026", value["fiscal_year"]!.GetValue<string>());
        Assert.AreEqual("2", value["goal_type"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task VerifyAsync_GoalValueOptionOnWithoutObject_SaysSo()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var adapter = host.CreateAdapter(new FenxiangMappingBuilder().Build(), o => o.WriteMonthlyTargetsToGoalValueObj = true);

        var problems = await adapter.VerifyAsync(TestContext.CancellationToken);

        Assert.IsTrue(problems.Any(p => p.Contains("GoalValueObj does not exist", System.StringComparison.Ordinal)), string.Join("\n", problems));
        Assert.IsTrue(problems.Any(p => p.Contains("GoalRuleId", System.StringComparison.Ordinal)), string.Join("\n", problems));
    }
}
