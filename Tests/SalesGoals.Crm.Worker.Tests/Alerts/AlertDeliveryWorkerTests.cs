using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Fenxiang.Tasks;
using SalesGoals.Crm.Reporting.Alerts;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Worker.Alerts;
using SalesGoals.Crm.Worker.Tests.Support;
using SalesGoals.Crm.Zoho.Tasks;

namespace SalesGoals.Crm.Worker.Tests.Alerts;

/// <summary>
/// Two worker instances (as run would start them) on one queue, against the sandbox over real HTTP: the local Dataverse
/// Web API, the Zoho and Fenxiang emulators and the embedded Service Bus broker. An at-risk alert of a rep who works in
/// both CRMs reaches the rep (Chinese) and the manager (English) in-app, and the rep as one task in each CRM, once;
/// when the alert resolves, both hear "back on track" (or "period ended") and the tasks are completed with that text.
/// </summary>
[TestClass]
public sealed class AlertDeliveryWorkerTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private static WorkerEnvironment _environment = null!;
    private static IHost[] _workers = [];

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _environment = await WorkerEnvironment.StartAsync();
        static void Alerts(System.Collections.Generic.Dictionary<string, string?> s)
        {
            s["Alerts:Enabled"] = "true";
            s["Alerts:ScanInterval"] = "00:00:01";
        }

        _workers = [await _environment.StartWorkerAsync("first", Alerts), await _environment.StartWorkerAsync("second", Alerts)];
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Run_RepAtRiskThenBackOnTrack_NotifiedInTheirLanguagesAndOneTaskPerCrm()
    {
        var sandbox = _environment.Sandbox;
        var rep = sandbox.Seed.Reps.First(r => r.ZohoUserId is not null && r.FenxiangEmployeeId is not null);
        var manager = sandbox.Seed.Manager;
        sandbox.Environment.Seed.UserLanguage(rep.UserId, 2052);
        var alertId = RaiseAlert(sandbox, rep);

        // Raised: the rep in Chinese and the manager in English, in-app; one task in each CRM the rep works in.
        var toRep = await NotificationAsync(AlertDeliveryService.NotificationId(alertId, rep.UserId, AlertPhase.Raised));
        var toManager = await NotificationAsync(AlertDeliveryService.NotificationId(alertId, manager.UserId, AlertPhase.Raised));
        await WaitAsync(() => ZohoTasks(alertId).Length == 1 && FenxiangTasks(alertId).Length == 1 && Stamped(alertId, "sg_notifiedon"), "tasks written and the alert stamped");

        StringAssert.StartsWith(toRep.GetAttributeValue<string>("title"), "进度预警：");
        StringAssert.Contains(toRep.GetAttributeValue<string>("body"), "建议跟进：1. 宁波港 · 二期（加权 300,000）；2. 苏州地铁（线索，加权 120,000）");
        StringAssert.StartsWith(toManager.GetAttributeValue<string>("title"), "At risk: ");
        StringAssert.Contains(toManager.GetAttributeValue<string>("body"), "Follow up: 1. 宁波港 · 二期 (weighted 300,000); 2. 苏州地铁 (lead, weighted 120,000)");
        var zoho = ZohoTasks(alertId).Single();
        Assert.AreEqual(rep.ZohoUserId, zoho["Owner"]!["id"]!.GetValue<string>());
        Assert.AreEqual(ZohoAlertTaskWriter.StatusOpen, zoho["Status"]!.GetValue<string>());
        Assert.AreEqual(toRep.GetAttributeValue<string>("title"), zoho["Subject"]!.GetValue<string>(), "the rep's own language");
        StringAssert.Contains(zoho["Description"]!.GetValue<string>(), "1. 宁波港 · 二期（加权 300,000）");
        var fenxiang = FenxiangTasks(alertId).Single();
        Assert.AreEqual(rep.FenxiangEmployeeId, fenxiang["owner"]![0]!.GetValue<string>());
        Assert.AreEqual(FenxiangAlertTaskWriter.StatusOpen, fenxiang[FenxiangAlertTaskWriter.StatusField]!.GetValue<string>());
        StringAssert.Contains(fenxiang[FenxiangAlertTaskWriter.ContentField]!.GetValue<string>(), "2. 苏州地铁（线索，加权 120,000）");

        // No repeat while the alert is open: both workers scan again (twice each) after the stamp; nothing more is told.
        await AfterMoreScansAsync();
        Assert.AreEqual(1, Deliveries(alertId, "raised").Sum(r => r.Notices), "one delivery told anyone");
        Assert.AreEqual(2, Deliveries(alertId, "raised").Sum(r => r.Notifications));
        Assert.HasCount(1, ZohoTasks(alertId));
        Assert.HasCount(1, FenxiangTasks(alertId));

        // Resolved (as the plug-ins resolve it when the goal leaves AtRisk): "back on track", and the tasks are completed.
        ResolveAlert(sandbox, alertId);
        var backToRep = await NotificationAsync(AlertDeliveryService.NotificationId(alertId, rep.UserId, AlertPhase.Resolved));
        var backToManager = await NotificationAsync(AlertDeliveryService.NotificationId(alertId, manager.UserId, AlertPhase.Resolved));
        await WaitAsync(
            () => ZohoTasks(alertId).Single()["Status"]!.GetValue<string>() == ZohoAlertTaskWriter.StatusCompleted
                && FenxiangTasks(alertId).Single()[FenxiangAlertTaskWriter.StatusField]!.GetValue<string>() == FenxiangAlertTaskWriter.StatusDone
                && Stamped(alertId, "sg_resolutionnotifiedon"),
            "tasks completed and the resolution stamped");

        StringAssert.StartsWith(backToRep.GetAttributeValue<string>("title"), "已恢复正常进度：");
        StringAssert.StartsWith(backToManager.GetAttributeValue<string>("title"), "Back on track: ");
        StringAssert.StartsWith(ZohoTasks(alertId).Single()["Subject"]!.GetValue<string>(), "已恢复正常进度：");
        StringAssert.StartsWith(FenxiangTasks(alertId).Single()["name"]!.GetValue<string>(), "已恢复正常进度：");
        await AfterMoreScansAsync();
        Assert.AreEqual(1, Deliveries(alertId, "resolved").Sum(r => r.Notices));
        Assert.HasCount(1, ZohoTasks(alertId), "the same task, completed");
        Assert.HasCount(1, FenxiangTasks(alertId));
        Assert.IsEmpty(_workers.SelectMany(w => w.Services.GetRequiredService<AlertDeliveryLog>().Failures).Where(f => f.Contains(alertId.ToString(), StringComparison.Ordinal)));
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Run_AlertClosedBecauseThePeriodEnded_PeriodEndedNoticeAndTasksCompletedWithThatText()
    {
        var sandbox = _environment.Sandbox;
        var rep = sandbox.Seed.Reps.First(r => r.ZohoUserId is not null && r.FenxiangEmployeeId is not null);
        var manager = sandbox.Seed.Manager;
        sandbox.Environment.Seed.UserLanguage(rep.UserId, 2052);
        var alertId = RaiseAlert(sandbox, rep);
        await WaitAsync(() => ZohoTasks(alertId).Length == 1 && FenxiangTasks(alertId).Length == 1 && Stamped(alertId, "sg_notifiedon"), "raised: tasks written and stamped");

        // Closed as the daily sweep closes it when the goal's period ends while still at risk.
        ResolveAlert(sandbox, alertId, periodEnded: true);
        var toRep = await NotificationAsync(AlertDeliveryService.NotificationId(alertId, rep.UserId, AlertPhase.Resolved));
        var toManager = await NotificationAsync(AlertDeliveryService.NotificationId(alertId, manager.UserId, AlertPhase.Resolved));
        await WaitAsync(
            () => ZohoTasks(alertId).Single()["Status"]!.GetValue<string>() == ZohoAlertTaskWriter.StatusCompleted
                && FenxiangTasks(alertId).Single()[FenxiangAlertTaskWriter.StatusField]!.GetValue<string>() == FenxiangAlertTaskWriter.StatusDone
                && Stamped(alertId, "sg_resolutionnotifiedon"),
            "tasks completed and the resolution stamped");

        StringAssert.StartsWith(toRep.GetAttributeValue<string>("title"), "考核期已结束：");
        StringAssert.Contains(toRep.GetAttributeValue<string>("body"), "进度预警随之关闭");
        StringAssert.StartsWith(toManager.GetAttributeValue<string>("title"), "Period ended: ");
        StringAssert.StartsWith(ZohoTasks(alertId).Single()["Subject"]!.GetValue<string>(), "考核期已结束：");
        StringAssert.Contains(ZohoTasks(alertId).Single()["Description"]!.GetValue<string>(), "进度预警随之关闭");
        StringAssert.StartsWith(FenxiangTasks(alertId).Single()["name"]!.GetValue<string>(), "考核期已结束：");
        await AfterMoreScansAsync();
        Assert.AreEqual(1, Deliveries(alertId, "resolved").Sum(r => r.Notices), "told once");
        Assert.HasCount(1, ZohoTasks(alertId), "the same task, completed");
        Assert.HasCount(1, FenxiangTasks(alertId));
    }

    // An open at-risk alert as AlertService raises it: the rep's top follow-ups (an opportunity and a lead) ranked.
    private static Guid RaiseAlert(SandboxHost sandbox, SandboxPerson rep)
    {
        var followUps = new JsonArray(
            new JsonObject { ["id"] = Guid.NewGuid().ToString("D"), ["name"] = "宁波港 · 二期", ["weighted"] = 300_000, ["kind"] = "opportunity" },
            new JsonObject { ["id"] = Guid.NewGuid().ToString("D"), ["name"] = "苏州地铁", ["weighted"] = 120_000, ["kind"] = "lead" });
        var service = sandbox.Environment.GetOrganizationService(sandbox.Environment.SystemUserId);
        var id = service.Create(new Entity("sg_goalalert")
        {
            ["sg_name"] = "at risk",
            ["sg_goalid"] = new EntityReference("sg_goal", sandbox.Seed.RepGoalIds[rep.UserId]),
            ["sg_kind"] = new OptionSetValue(100_000_000),
            ["sg_alertstatus"] = new OptionSetValue(100_000_000),
            ["sg_raisedon"] = TestClocks.MachineNow.UtcDateTime,
            ["sg_pacegapatraise"] = 31.5m,
            ["sg_topopportunities"] = followUps.ToJsonString(),
            ["sg_assigneeid"] = new EntityReference("systemuser", rep.UserId),
            ["ownerid"] = new EntityReference("systemuser", rep.UserId),
        });
        sandbox.Environment.DrainAsync();
        return id;
    }

    // As AlertService resolves it: back on track, or (the daily sweep closing the goal) period ended.
    private static void ResolveAlert(SandboxHost sandbox, Guid alertId, bool periodEnded = false)
    {
        sandbox.Environment.GetOrganizationService(sandbox.Environment.SystemUserId).Update(new Entity("sg_goalalert", alertId)
        {
            ["sg_alertstatus"] = new OptionSetValue(100_000_001),
            ["sg_resolvedon"] = TestClocks.MachineNow.UtcDateTime,
            ["sg_resolution"] = new OptionSetValue(periodEnded ? 100_000_001 : 100_000_000),
        });
        sandbox.Environment.DrainAsync();
    }

    private static async Task<Entity> NotificationAsync(Guid id)
    {
        Entity? found = null;
        await WaitAsync(() => (found = Find("appnotification", id)) is not null, $"notification {id}");
        return found!;
    }

    private static Entity? Find(string table, Guid id)
    {
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression(table) { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(true) };
        query.Criteria.AddCondition(table + "id", Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, id);
        return _environment.Sandbox.Environment.GetOrganizationService(_environment.Sandbox.Environment.SystemUserId).RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    private static bool Stamped(Guid alertId, string column) => Find("sg_goalalert", alertId)?.GetAttributeValue<DateTime?>(column) is not null;

    private static JsonObject[] ZohoTasks(Guid alertId) => _environment.Sandbox.Zoho.Seed.Records(ZohoAlertTaskWriter.Module)
        .Where(t => t[ZohoAlertTaskWriter.KeyField]?.GetValue<string>() == alertId.ToString("D")).ToArray();

    private static JsonObject[] FenxiangTasks(Guid alertId) => _environment.Sandbox.Fenxiang.Tenant.All("goal_alert_task__c")
        .Where(t => t[FenxiangAlertTaskWriter.KeyField]?.GetValue<string>() == alertId.ToString("D")).ToArray();

    private static System.Collections.Generic.IEnumerable<AlertDeliveryResult> Deliveries(Guid alertId, string notice) => _workers
        .SelectMany(w => w.Services.GetRequiredService<AlertDeliveryLog>().Deliveries)
        .Where(d => d.Command.AlertId == alertId && d.Command.Notice == notice)
        .Select(d => d.Result);

    // Waits until each worker has finished two more scans (and the queue is drained): a repeat would have been queued and handled by then.
    private static async Task AfterMoreScansAsync()
    {
        var schedulers = _workers.Select(w => w.Services.GetRequiredService<AlertDeliveryScheduler>()).ToArray();
        var start = schedulers.Select(s => s.Scans).ToArray();
        await WaitAsync(
            () => schedulers.Select((s, i) => s.Scans >= start[i] + 2).All(x => x)
                && _environment.Sandbox.Broker.GetStatistics(_environment.QueueName) is { ActiveMessageCount: 0, LockedMessageCount: 0 },
            "two more scans by each worker and an empty queue");
    }

    private static Task WaitAsync(Func<bool> done, string what) =>
        WorkerEnvironment.WaitUntilAsync(() => Task.FromResult(done()), Deadline, () => what + Failures());

    private static string Failures() =>
        " | failures: " + string.Join(" ; ", _workers.SelectMany(w => w.Services.GetRequiredService<AlertDeliveryLog>().Failures));
}
