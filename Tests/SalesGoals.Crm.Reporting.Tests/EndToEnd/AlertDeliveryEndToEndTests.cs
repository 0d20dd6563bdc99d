using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Reporting.Alerts;
using SalesGoals.Crm.Reporting.DependencyInjection;
using SalesGoals.Crm.Reporting.Tests.Support;

namespace SalesGoals.Crm.Reporting.Tests.EndToEnd;

/// <summary>At-risk alerts raised by the plug-ins reach the rep and the manager over the Web API and a Teams webhook, once.</summary>
[TestClass]
public sealed class AlertDeliveryEndToEndTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task DeliverAsync_RepFallsAtRisk_RepInChineseAndManagerInEnglishGetTheFollowUpsOnce()
    {
        await using var world = await DataverseWorld.StartAsync(w =>
        {
            w.OpenDeal(w.LiNa, "Suzhou metro", 400_000m, 60);
            w.OpenDeal(w.LiNa, "Ningbo port", 900_000m, 10);
        });
        await using var teams = await TeamsReceiver.StartAsync();
        world.Win(world.LiNa, "Tongji hospital", 550_000m, new DateTime(2026, 1, 20));
        world.Win(world.LiNa, "Pudong school", 100_000m, new DateTime(2026, 2, 10));
        world.Win(world.WangFang, "Hangzhou mall", 700_000m, new DateTime(2026, 2, 3));
        await using var services = Services(world, teams);
        var delivery = services.GetRequiredService<AlertDeliveryService>();

        var first = await delivery.DeliverAsync(TestContext.CancellationToken);
        var again = await delivery.DeliverAsync(TestContext.CancellationToken);

        // Li Na (E7, 23.53 % behind) and the company goal (20.59 %) are at risk; Wang Fang (E8) is only behind: her alert,
        // raised when her goal was activated with nothing won and resolved by her win before anyone was told, is stale.
        Assert.AreEqual(new AlertDeliveryResult(2, 3, 2, 1), first);
        Assert.AreEqual(new AlertDeliveryResult(0, 0, 0, 0), again, "no repeat while the alert is open");
        var toLiNa = Notifications(world, world.LiNa).Single();
        StringAssert.StartsWith(toLiNa.GetAttributeValue<string>("title"), "进度预警：李娜 Q1 2026（李娜）落后 23.53%");
        StringAssert.Contains(toLiNa.GetAttributeValue<string>("body"), "建议跟进：1. Suzhou metro（加权 240,000）；2. Ningbo port（加权 90,000）");
        StringAssert.Contains(toLiNa.GetAttributeValue<string>("body"), "截至目前应完成 850,000");
        Assert.AreEqual(100_000_003, toLiNa.GetAttributeValue<OptionSetValue>("icontype").Value, "warning icon");
        StringAssert.Contains(toLiNa.GetAttributeValue<string>("data"), $"id={world.LiNaGoal:D}");
        var toManager = Notifications(world, world.Manager);
        Assert.HasCount(2, toManager, "Li Na's alert and the company goal's (his own, told once)");
        Assert.IsTrue(toManager.Any(n => n.GetAttributeValue<string>("title") == "At risk: 李娜 Q1 2026 (李娜) is 23.53% behind pace"));
        Assert.IsTrue(toManager.Any(n => n.GetAttributeValue<string>("body").Contains("Follow up: 1. Suzhou metro (weighted 240,000)", StringComparison.Ordinal)));
        Assert.IsEmpty(Notifications(world, world.WangFang));
        Assert.HasCount(2, teams.Posts);
        var titles = teams.Posts.Select(p => p.Body["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>()).ToList();
        Assert.IsTrue(titles.Contains("进度预警：李娜 Q1 2026（李娜）落后 23.53%"), "in the rep's language: " + string.Join(" | ", titles));
        Assert.IsTrue(titles.Contains("At risk: Company Q1 2026 (Zhang Wei) is 20.59% behind pace"), string.Join(" | ", titles));
        Assert.AreEqual("application/vnd.microsoft.card.adaptive", teams.Posts.First().Body["attachments"]![0]!["contentType"]!.GetValue<string>());
        StringAssert.EndsWith(teams.Posts.First().PathAndQuery, "/workflows/abc123/triggers/manual/paths/invoke?api-version=1&sig=x%2By");
    }

    [TestMethod]
    public async Task DeliverAsync_RepBackOnTrack_BackOnTrackNoticeOnceAndNoNewAlert()
    {
        await using var world = await DataverseWorld.StartAsync();
        await using var teams = await TeamsReceiver.StartAsync();
        world.Win(world.LiNa, "Tongji hospital", 650_000m, new DateTime(2026, 1, 20));
        await using var services = Services(world, teams);
        var delivery = services.GetRequiredService<AlertDeliveryService>();
        await delivery.DeliverAsync(TestContext.CancellationToken);

        world.Win(world.LiNa, "Wuxi factory", 300_000m, new DateTime(2026, 2, 12));
        var resolved = await delivery.DeliverAsync(TestContext.CancellationToken);
        var after = await delivery.DeliverAsync(TestContext.CancellationToken);

        // 950,000 ≥ 850,000 expected: Li Na is on track; the company (950,000 of 1,700,000 expected) is still at risk.
        Assert.AreEqual(1, resolved.Notices);
        Assert.AreEqual(2, resolved.Notifications, "Li Na and her manager");
        Assert.AreEqual(new AlertDeliveryResult(0, 0, 0, 0), after);
        var liNa = Notifications(world, world.LiNa);
        Assert.HasCount(2, liNa);
        Assert.IsTrue(liNa.Any(n => n.GetAttributeValue<string>("title") == "已恢复正常进度：李娜 Q1 2026（李娜）"));
        Assert.IsTrue(Notifications(world, world.Manager).Any(n => n.GetAttributeValue<string>("title") == "Back on track: 李娜 Q1 2026 (李娜)"));
    }

    [TestMethod]
    public async Task DeliverAsync_PeriodEndsWhileAtRisk_PeriodEndedNoticeOnceInEachLanguageNotBackOnTrack()
    {
        // Li Na (23.53 % behind) and the company are at risk and were told; Wang Fang is only behind (no open alert).
        await using var world = await DataverseWorld.StartAsync();
        await using var teams = await TeamsReceiver.StartAsync();
        world.Win(world.LiNa, "Tongji hospital", 650_000m, new DateTime(2026, 1, 20));
        world.Win(world.WangFang, "Hangzhou mall", 700_000m, new DateTime(2026, 2, 3));
        await using var services = Services(world, teams);
        var delivery = services.GetRequiredService<AlertDeliveryService>();
        await delivery.DeliverAsync(TestContext.CancellationToken);
        teams.Posts.Clear();

        // The daily sweep after Q1 closes the goals (and runs again: a second run changes nothing).
        var sweep = EvaluatePace(world, new DateTime(2026, 4, 1, 1, 0, 0, DateTimeKind.Utc));
        var closing = await delivery.DeliverAsync(TestContext.CancellationToken);
        EvaluatePace(world, new DateTime(2026, 4, 2, 1, 0, 0, DateTimeKind.Utc));
        var after = await delivery.DeliverAsync(TestContext.CancellationToken);

        Assert.AreEqual(3, sweep, "the three goals closed");
        Assert.AreEqual(new AlertDeliveryResult(2, 3, 2, 0), closing, "Li Na's and the company's alerts: Li Na, and the manager twice");
        Assert.AreEqual(new AlertDeliveryResult(0, 0, 0, 0), after, "told once");
        var toLiNa = Notifications(world, world.LiNa).Single(n => n.GetAttributeValue<string>("title").StartsWith("考核期", StringComparison.Ordinal));
        Assert.AreEqual("考核期已结束：李娜 Q1 2026（李娜）", toLiNa.GetAttributeValue<string>("title"));
        Assert.AreEqual("考核期 2026-01-01–2026-03-31 已结束，进度预警随之关闭。最终结果：已完成 650,000 / 目标 2,300,000（完成率 28.26%），达成档位：未达基础。", toLiNa.GetAttributeValue<string>("body"));
        var toManager = Notifications(world, world.Manager).Select(n => n.GetAttributeValue<string>("title")).ToList();
        CollectionAssert.IsSubsetOf(new[] { "Period ended: 李娜 Q1 2026 (李娜)", "Period ended: Company Q1 2026 (Zhang Wei)" }, toManager, string.Join(" | ", toManager));
        var managerBody = Notifications(world, world.Manager).Single(n => n.GetAttributeValue<string>("title") == "Period ended: 李娜 Q1 2026 (李娜)").GetAttributeValue<string>("body");
        Assert.AreEqual("The period 2026-01-01 to 2026-03-31 is over and the at-risk alert is closed. Final: 650,000 of 2,300,000 (28.26%), tier None.", managerBody);
        var everything = Notifications(world, world.LiNa).Concat(Notifications(world, world.Manager)).Select(n => n.GetAttributeValue<string>("title")).ToList();
        Assert.IsFalse(everything.Any(t => t.StartsWith("Back on track", StringComparison.Ordinal) || t.StartsWith("已恢复正常进度", StringComparison.Ordinal)), string.Join(" | ", everything));
        Assert.IsEmpty(Notifications(world, world.WangFang), "her goal closed without an alert");
        var posted = teams.Posts.Select(p => p.Body["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>()).ToList();
        CollectionAssert.AreEquivalent(new[] { "考核期已结束：李娜 Q1 2026（李娜）", "Period ended: Company Q1 2026 (Zhang Wei)" }, posted, "in the rep's language");
    }

    [TestMethod]
    public async Task DeliverAsync_OneAlert_ReadsItsGoalAndTheGoalsAboveNotTheLedgerNorOtherGoals()
    {
        await using var world = await DataverseWorld.StartAsync();
        await using var teams = await TeamsReceiver.StartAsync();
        world.Win(world.LiNa, "Tongji hospital", 550_000m, new DateTime(2026, 1, 20));
        var system = world.Env.GetOrganizationService(world.Env.SystemUserId);
        var alertQuery = new QueryExpression("sg_goalalert") { ColumnSet = new ColumnSet(false) };
        alertQuery.Criteria.AddCondition("sg_goalid", ConditionOperator.Equal, world.LiNaGoal);
        alertQuery.Criteria.AddCondition("sg_alertstatus", ConditionOperator.Equal, 100000000);
        var alert = system.RetrieveMultiple(alertQuery).Entities.Single().Id;
        await using var services = Services(world, teams);
        world.Api.ClearRequests();

        var result = await services.GetRequiredService<AlertDeliveryService>().DeliverAsync(alert, TestContext.CancellationToken);

        var reads = world.Api.Requests.Where(r => r.Method == "GET").Select(r => Uri.UnescapeDataString(r.PathAndQuery)).ToList();
        Assert.AreEqual(1, result.Notices, "Li Na's alert told");
        Assert.IsFalse(reads.Any(r => r.Contains("sg_goalcontributions", StringComparison.Ordinal)), "no ledger row read: " + string.Join(" | ", reads));
        var goalReads = reads.Where(r => r.Contains("/sg_goals?", StringComparison.Ordinal)).ToList();
        Assert.IsTrue(goalReads.Count > 0 && goalReads.All(r => r.Contains("sg_goalid eq", StringComparison.Ordinal)), "goals read by id only: " + string.Join(" | ", goalReads));
        Assert.IsTrue(goalReads.Any(r => r.Contains(world.LiNaGoal.ToString("D"), StringComparison.Ordinal)) && goalReads.Any(r => r.Contains(world.CompanyGoal.ToString("D"), StringComparison.Ordinal)),
            "the alert's goal, then the goal above it");
        Assert.IsFalse(goalReads.Any(r => r.Contains(world.WangFangGoal.ToString("D"), StringComparison.Ordinal)), "not a sibling's goal");
    }

    [TestMethod]
    public void NotificationId_SameAlertRecipientPhase_SameIdOtherwiseDifferent()
    {
        var alert = Guid.NewGuid();
        var rep = Guid.NewGuid();

        var id = AlertDeliveryService.NotificationId(alert, rep, AlertPhase.Raised);

        Assert.AreEqual(id, AlertDeliveryService.NotificationId(alert, rep, AlertPhase.Raised));
        Assert.AreNotEqual(id, AlertDeliveryService.NotificationId(alert, rep, AlertPhase.Resolved));
        Assert.AreNotEqual(id, AlertDeliveryService.NotificationId(alert, Guid.NewGuid(), AlertPhase.Raised));
    }

    private static ServiceProvider Services(DataverseWorld world, TeamsReceiver teams) => new ServiceCollection()
        .AddSingleton(world.Client)
        .AddSingleton<TimeProvider>(world.Clock)
        .AddAlertDelivery(new AlertDeliveryOptions { TeamsWebhookUrl = teams.WebhookUrl, RetryBaseDelay = TimeSpan.FromMilliseconds(20) })
        .BuildServiceProvider();

    // The daily sweep as the worker runs it: sg_EvaluatePace page after page; returns the goals it closed.
    private static int EvaluatePace(DataverseWorld world, DateTime asOf)
    {
        var service = world.Env.GetOrganizationService(world.Env.SystemUserId);
        var closed = 0;
        var next = Guid.Empty;
        do
        {
            var request = new OrganizationRequest("sg_EvaluatePace") { ["AsOf"] = asOf };
            if (next != Guid.Empty)
            {
                request["StartAfterGoalId"] = next;
            }

            var results = service.Execute(request).Results;
            closed += (int)results["Closed"];
            next = (Guid)results["NextGoalId"];
        }
        while (next != Guid.Empty);
        return closed;
    }

    private static System.Collections.Generic.List<Entity> Notifications(DataverseWorld world, Guid owner)
    {
        var query = new QueryExpression("appnotification") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, owner);
        return world.Env.GetOrganizationService(world.Env.SystemUserId).RetrieveMultiple(query).Entities.ToList();
    }
}
