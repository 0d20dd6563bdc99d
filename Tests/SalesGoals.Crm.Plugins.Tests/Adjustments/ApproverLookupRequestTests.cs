using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>
/// A submission looks each person up once, however many of the request's goals they manage: the plug-ins run inside
/// Dataverse's 2-minute limit, and a request may name many goals of one manager (a scale matter, counted test-side).
/// </summary>
[TestClass]
public sealed class ApproverLookupRequestTests
{
    [TestMethod]
    public void Submit_ThreeGoalsOfOneManager_ReadsThatManagerOnce()
    {
        // Arrange: the same request twice, once over goals of one manager and once over goals of three managers
        // (who all report to the director, so the same approver is asked and everything else is read alike).
        var oneManager = Submitting(world => world.Manager, world => world.Manager, world => world.Manager);
        var threeManagers = Submitting(Lead("Lin Lead"), Lead("Lou Lead"), Lead("Lea Lead"));

        // Act
        var requestsForOne = oneManager.Submit();
        var requestsForThree = threeManagers.Submit();

        // Assert: three managers are three people to look up; one manager is one.
        Assert.AreEqual(2, requestsForThree - requestsForOne);
    }

    private static Func<GoalWorld, Guid> Lead(string name) => world => world.Env.Seed.User(name, languageId: 1033, managerId: world.Director);

    private static Submission Submitting(params Func<GoalWorld, Guid>[] managers)
    {
        var world = GoalWorld.Create();
        var request = world.Adjustment("Spring reset");
        for (var month = 0; month < managers.Length; month++)
        {
            var goal = world.Goal("Month " + (month + 3)).Month(month + 3)
                .With(F.ManagerId, new EntityReference(PlatformTables.SystemUser, managers[month](world))).Active().Create();
            request.Line(goal, newTarget: 450_000m);
        }

        return new Submission(world, request.Draft(world.Rep));
    }

    private sealed record Submission(GoalWorld World, Guid Draft)
    {
        public long Submit()
        {
            var before = World.Env.PluginRequestCount;
            AdjustmentFlow.Submit(World, Draft, World.Rep);
            Assert.AreEqual(SgGoalAdjustment.Options.StatusSubmitted, AdjustmentFlow.Status(World, Draft));
            return World.Env.PluginRequestCount - before;
        }
    }
}
