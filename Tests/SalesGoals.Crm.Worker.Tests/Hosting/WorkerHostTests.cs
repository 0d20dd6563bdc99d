using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Worker.Messaging;
using SalesGoals.Crm.Worker.Tests.Support;
using SalesGoals.Crm.Zoho.Emulator.Seeding;

namespace SalesGoals.Crm.Worker.Tests.Hosting;

/// <summary>The worker as <c>run</c> hosts it (Generic Host, its hosted services, configuration only), against the
/// sandbox's broker and emulators over loopback and the local Dataverse (in-process gateway).</summary>
[TestClass]
public sealed class WorkerHostTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static WorkerEnvironment _environment = null!;
    private static SyncActivity _activity = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _environment = await WorkerEnvironment.StartAsync();
        var host = await _environment.StartWorkerAsync("a");
        _activity = host.Services.GetRequiredService<SyncActivity>();
        await WorkerEnvironment.WaitUntilAsync(
            () => Task.FromResult(_activity.LastPullOn.Count == 2), Timeout, () => $"first pulls; failures: {string.Join(" | ", _activity.Failures)}");
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
    public async Task Run_DealsWonInZohoAndFenxiang_RepAndCompanyActualsAndBothCrmsGoalRowsFollow()
    {
        var sandbox = _environment.Sandbox;
        var rep = sandbox.Seed.Reps.First(r => r.ZohoUserId is not null && r.FenxiangEmployeeId is not null);
        var repGoal = sandbox.Seed.RepGoalIds[rep.UserId];
        var before = await GoalsAsync();
        var repBefore = before.Single(g => g.Id == repGoal).Actual ?? 0m;
        var companyBefore = before.Single(g => g.Id == sandbox.Seed.CompanyGoalId).Actual ?? 0m;
        var closeDate = sandbox.Seed.Today;

        var watch = Stopwatch.StartNew();
        sandbox.Zoho.Seed.AddDeal(new ZohoDealSeed("Worker test: Zoho win", "Closed Won", 10_000m, closeDate, rep.ZohoUserId!) { Currency = "CNY", ModifiedTime = sandbox.Zoho.Options.TimeProvider.GetUtcNow() });
        sandbox.Fenxiang.Tenant.Seed(FenxiangDefaultMapping.OpportunityObject, new JsonObject
        {
            ["name"] = "Worker test: Fenxiang win",
            ["amount"] = "20000.00",
            ["sales_status"] = "2",
            ["sales_stage"] = "stage_5",
            ["owner"] = new JsonArray(rep.FenxiangEmployeeId),
            ["close_date"] = new DateTimeOffset(closeDate.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUnixTimeMilliseconds(),
        }, sandbox.Fenxiang.Options.TimeProvider.GetUtcNow());

        await WorkerEnvironment.WaitUntilAsync(
            async () => (await GoalsAsync()).Single(g => g.Id == repGoal).Actual == repBefore + 30_000m,
            Timeout,
            () => $"rep actual {repBefore} + 30000; failures: {string.Join(" | ", _activity.Failures)}");
        TestContext.WriteLine(string.Create(CultureInfo.InvariantCulture, $"won in the emulators → rep actual in Dataverse: {watch.Elapsed.TotalSeconds:0.0} s (poll interval 2 s)"));
        var company = (await GoalsAsync()).Single(g => g.Id == sandbox.Seed.CompanyGoalId);
        Assert.AreEqual(companyBefore + 30_000m, company.Actual, "the company goal rolls the rep's wins up");

        var expected = (await GoalsAsync()).Single(g => g.Id == repGoal).Actual!.Value;
        await WorkerEnvironment.WaitUntilAsync(
            () => Task.FromResult(ZohoActual(repGoal) == expected && FenxiangActual(repGoal) == expected),
            Timeout,
            () => $"goal rows in both CRMs at {expected}: Zoho {ZohoActual(repGoal)}, Fenxiang {FenxiangActual(repGoal)}");
        Assert.IsEmpty(_activity.Failures);
    }

    [TestMethod]
    public async Task Run_DataversePostsAGoalChange_OnlyThatGoalIsWrittenToEachSystem()
    {
        var sandbox = _environment.Sandbox;
        var rep = sandbox.Seed.Reps.First(r => r.ZohoUserId is not null && r.FenxiangEmployeeId is not null);
        var goal = sandbox.Seed.RepGoalIds[rep.UserId];
        var body = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Hosting", "Samples", "goal-progress-update.json"))
            .Replace("{GOAL_ID}", goal.ToString("D"), StringComparison.Ordinal);
        await using var client = new SalesGoals.Crm.Messaging.ServiceBus.ServiceBusQueueClient(sandbox.Broker.ConnectionString);
        await using var sender = client.CreateSender(_environment.QueueName);

        // As Dataverse's queue service endpoint sends it: JSON context, no subject.
        await sender.SendAsync(new QueueMessage(Encoding.UTF8.GetBytes(body)) { MessageId = Guid.NewGuid().ToString("N"), ContentType = "application/json" });

        await WorkerEnvironment.WaitUntilAsync(
            () => Task.FromResult(_activity.GoalPublications.Count(p => p.GoalId == goal) >= 2),
            Timeout,
            () => $"goal {goal} published to both systems; failures: {string.Join(" | ", _activity.Failures)}");
        var published = _activity.GoalPublications.Where(p => p.GoalId == goal).ToList();
        CollectionAssert.AreEquivalent(new[] { ExternalSystem.Zoho, ExternalSystem.Fenxiang }, published.Select(p => p.Result.System).ToArray());
        Assert.IsTrue(published.All(p => p.Result.Written == 1 && p.Result.Failed == 0), string.Join(" | ", published.Select(p => p.Result)));
        Assert.IsTrue(_activity.GoalPublications.All(p => p.GoalId == goal), "no other goal was written because of the post");
    }

    [TestMethod]
    public async Task Run_ManagerHasNoCrmAccount_CompanyGoalReportedByNameNotDropped()
    {
        var sandbox = _environment.Sandbox;
        await WorkerEnvironment.WaitUntilAsync(
            () => Task.FromResult(_activity.LastPublication(ExternalSystem.Zoho) is not null), Timeout, () => "a Zoho publication");
        var publication = _activity.LastPublication(ExternalSystem.Zoho)!;

        var company = (await GoalsAsync()).Single(g => g.Id == sandbox.Seed.CompanyGoalId);

        Assert.AreEqual(sandbox.Seed.Manager.UserId, company.AssigneeUserId, "the sample's company goal is the manager's");
        Assert.IsGreaterThanOrEqualTo(1, publication.OwnerNotMapped);
        Assert.IsTrue(
            publication.Problems.Any(p => p.Contains(company.Name, StringComparison.Ordinal) && p.Contains(sandbox.Seed.Manager.FullName, StringComparison.Ordinal)),
            "the problems name the goal and its owner: " + string.Join(" | ", publication.Problems));
    }

    private static async Task<System.Collections.Generic.IReadOnlyList<Worker.Dataverse.GoalRecord>> GoalsAsync() =>
        await _environment.Sandbox.Dataverse.GetGoalsAsync(CancellationToken.None);

    private static decimal? ZohoActual(Guid goal) => _environment.Sandbox.ZohoGoalRows()
        .Where(r => r["Goal_Id"]?.GetValue<string>() == goal.ToString("D")).Select(r => (decimal?)JsonNumbers.Decimal(r["Actual_Value"])).FirstOrDefault();

    private static decimal? FenxiangActual(Guid goal) => _environment.Sandbox.FenxiangGoalRows()
        .Where(r => r["goal_id__c"]?.GetValue<string>() == goal.ToString("D")).Select(r => (decimal?)JsonNumbers.Decimal(r["actual__c"])).FirstOrDefault();
}
