using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Worker.Tests.Sandbox;

/// <summary>A recalculation driven slice by slice through the queue: "recalculate-goal" messages over AMQP, sg_RecalculateGoal in the local Dataverse.</summary>
[TestClass]
public sealed class RecalculationQueueTests
{
    private const int MissedWins = 6_000;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task RunRecalculationAsync_WinsTheLedgerMissed_SlicesOverTheQueueCountThemOnRepAndCompanyGoals()
    {
        // Arrange: 6,000 won deals of one rep written straight to the table (no plug-in saw them), more than
        // one slice's worth and more than a Dataverse page.
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { AsOf = new DateOnly(2026, 6, 30), CycleTimeout = TimeSpan.FromMinutes(5) }, TestContext.CancellationToken);
        var rep = sandbox.Seed.Reps[0].UserId;
        var repGoal = sandbox.Seed.RepGoalIds[rep];
        var company = sandbox.Seed.CompanyGoalId;
        var closeDate = sandbox.Seed.PeriodStart.AddDays(3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        for (var i = 0; i < MissedWins; i++)
        {
            sandbox.Environment.Seed.Row(new Entity(OpportunityTable.LogicalName)
            {
                [OpportunityTable.Fields.Name] = "missed deal",
                [OpportunityTable.Fields.OwnerId] = new EntityReference("systemuser", rep),
                [OpportunityTable.Fields.StateCode] = new OptionSetValue(OpportunityTable.States.Won),
                ["statuscode"] = new OptionSetValue(3),
                [OpportunityTable.Fields.ActualValue] = new Money(10m),
                [OpportunityTable.Fields.ActualCloseDate] = closeDate,
            });
        }

        var before = await sandbox.Dataverse.GetGoalsAsync(TestContext.CancellationToken);

        // Act
        var (slices, last) = await sandbox.RunRecalculationAsync(company, TestContext.CancellationToken);

        // Assert
        TestContext.WriteLine($"{slices} slices, last processed {last.Processed}");
        var after = await sandbox.Dataverse.GetGoalsAsync(TestContext.CancellationToken);
        decimal Actual(System.Collections.Generic.IReadOnlyList<Dataverse.GoalRecord> goals, Guid id) => goals.Single(g => g.Id == id).Actual ?? 0m;
        Assert.IsGreaterThan(1, slices);
        Assert.IsTrue(last.Done);
        Assert.AreEqual(Actual(before, repGoal) + MissedWins * 10m, Actual(after, repGoal));
        Assert.AreEqual(Actual(before, company) + MissedWins * 10m, Actual(after, company));
        Assert.AreEqual(Actual(after, company), last.Actual);
        var state = sandbox.Environment.GetOrganizationService(sandbox.Environment.SystemUserId)
            .Retrieve(SgGoal.LogicalName, company, new ColumnSet(SgGoal.Fields.RecalcStatus, SgGoal.Fields.RecalcContinuation));
        Assert.AreEqual(SgGoal.Options.RecalcDone, state.GetAttributeValue<OptionSetValue>(SgGoal.Fields.RecalcStatus).Value);
        Assert.IsNull(state.GetAttributeValue<string>(SgGoal.Fields.RecalcContinuation));
    }
}
