using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Recalculation;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Recalculation;

/// <summary>The steps that start a recalculation: the Custom API's refusals (in the caller's language),
/// and when activating or creating a goal rebuilds it from scratch.</summary>
[TestClass]
public sealed class RecalculateGoalStepTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    [TestMethod]
    [DataRow("missing", 1033, "sg_RecalculateGoal needs the GoalId of the goal to recalculate.")]
    [DataRow("missing", 2052, "sg_RecalculateGoal 需要要重新计算的目标的 GoalId。")]
    [DataRow("unknown", 1033, "No goal with id {0}.")]
    [DataRow("unknown", 2052, "不存在 ID 为 {0} 的目标。")]
    [DataRow("foreign", 1033, "The Continuation is not one sg_RecalculateGoal returned for this goal; pass the last slice's Continuation, or none to resume.")]
    [DataRow("foreign", 2052, "Continuation 不是 sg_RecalculateGoal 为该目标返回的续点；请传入上一片返回的 Continuation，或不传以继续。")]
    public void RecalculateGoal_NoGoalUnknownGoalOrForeignContinuation_RefusedInTheCallersLanguage(string kind, int language, string expected)
    {
        // Arrange
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var goal = world.Goal("Q1").Active().Create();
        var unknown = Guid.NewGuid();
        var request = new OrganizationRequest(RecalculateGoal.MessageName);
        request[RecalculateGoal.GoalIdParameter] = kind switch { "missing" => Guid.Empty, "unknown" => unknown, _ => goal };

        if (kind == "foreign")
        {
            request[RecalculateGoal.ContinuationParameter] = new RecalculationCursor(Guid.NewGuid()).Serialize();
        }

        // Act
        var message = Faults.MessageOf(() => world.AsManager.Execute(request));

        // Assert
        StringAssert.Contains(message, string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, unknown));
    }

    [TestMethod]
    public void GoalNotFoundException_Message_NamesTheGoal()
    {
        var id = Guid.NewGuid();

        var error = new GoalNotFoundException(id);

        Assert.AreEqual($"No goal with id {id}.", error.Message);
        Assert.AreEqual(id, error.GoalId);
    }

    [TestMethod]
    public void Update_ActiveGoalSetActiveAgain_DoesNotRecalculate()
    {
        // Arrange: an active goal whose actual drifted; saving its status unchanged is no activation.
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1").Active().Create();
        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [F.Actual] = 1m, [F.ActualNumerator] = 1m });

        // Act
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) });

        // Assert
        Assert.AreEqual(1m, world.Actual(goal), "only a recalculation repairs the drift, and none ran");
    }

    [TestMethod]
    public void Activate_GoalWithAStaleRunningRecalculation_StartsAfreshInsteadOfResumingIt()
    {
        // Arrange: a draft goal left with a running recalculation whose continuation says all is done.
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1").Create();
        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);
        world.AsSystem.Update(new Entity(SgGoal.LogicalName, goal)
        {
            [F.RecalcStatus] = new OptionSetValue(SgGoal.Options.RecalcRunning),
            [F.RecalcContinuation] = new RecalculationCursor(goal).Serialize(),
        });

        // Act
        world.AsManager.Update(new Entity(SgGoal.LogicalName, goal) { [F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) });

        // Assert
        Assert.AreEqual(40_000m, world.Actual(goal));
    }

    [TestMethod]
    public void CreateActive_WithAStaleRunningRecalculation_StartsAfreshInsteadOfResumingIt()
    {
        // Arrange
        var world = GoalWorld.Create();
        world.Win(world.Opportunity(world.Rep), 40_000m, InQ1);
        var builder = world.Goal("Q1").Active();
        var id = Guid.NewGuid();
        builder.Build().Id = id;
        builder.With(F.RecalcStatus, new OptionSetValue(SgGoal.Options.RecalcRunning)).With(F.RecalcContinuation, new RecalculationCursor(id).Serialize());

        // Act
        var goal = builder.Create();

        // Assert
        Assert.AreEqual(id, goal);
        Assert.AreEqual(40_000m, world.Actual(goal));
    }

    [TestMethod]
    public void CanSpend_AtTheReserve_TrueUpToTheLimitLessTheReserveThenFalse()
    {
        // Arrange: three requests already made.
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1").Create();
        var counter = new SalesGoals.Crm.Plugins.Infrastructure.CountingOrganizationService(world.AsSystem);
        for (var i = 0; i < 3; i++)
        {
            counter.Retrieve(SgGoal.LogicalName, goal, new Microsoft.Xrm.Sdk.Query.ColumnSet(F.Actual));
        }

        var budget = new RequestBudget(counter);

        // Act / Assert
        Assert.AreEqual(3, budget.Used);
        Assert.IsTrue(budget.CanSpend(RequestBudget.Limit - RequestBudget.Reserve - 3));
        Assert.IsFalse(budget.CanSpend(RequestBudget.Limit - RequestBudget.Reserve - 2));
    }
}
