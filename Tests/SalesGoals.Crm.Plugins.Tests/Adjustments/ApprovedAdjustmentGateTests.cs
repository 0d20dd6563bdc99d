using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Adjustments;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Adjustments;

/// <summary>
/// The gate behind rule 5's one legal bypass: a shared variable alone proves nothing. Contexts are
/// built by hand here because only a plug-in inside the pipeline could set a shared variable; the
/// adjustment rows live in the local Dataverse (seeded without plug-ins: an approval frozen mid-apply).
/// </summary>
[TestClass]
public sealed class ApprovedAdjustmentGateTests
{
    [TestMethod]
    [DataRow("genuine", true)]
    [DataRow("other-values", false)]
    [DataRow("not-approved", false)]
    [DataRow("pre-operation", false)]
    [DataRow("other-adjustment", false)]
    [DataRow("goal-not-on-request", false)]
    public void Authorizes_OnlyTheApplyOfAnApprovedAdjustmentWritingItsOwnValues(string scenario, bool expected)
    {
        var world = GoalWorld.Create();
        var goals = CompanyGoals.Create(world);
        var adjustment = world.Env.Seed.Row(new Entity(SgGoalAdjustment.LogicalName)
        {
            [A.Name] = "Move 5M",
            [A.Status] = new OptionSetValue(scenario == "not-approved" ? SgGoalAdjustment.Options.StatusSubmitted : SgGoalAdjustment.Options.StatusApproved),
        });
        world.Env.Seed.Row(new Entity(SgGoalAdjustmentLine.LogicalName)
        {
            [L.AdjustmentId] = new EntityReference(SgGoalAdjustment.LogicalName, adjustment),
            [L.GoalId] = new EntityReference(SgGoal.LogicalName, goals.Software),
            [L.NewTargetValue] = 45_000_000m,
        });
        var apply = new RemoteExecutionContext
        {
            MessageName = "Update",
            PrimaryEntityName = SgGoalAdjustment.LogicalName,
            PrimaryEntityId = adjustment,
            Stage = scenario == "pre-operation" ? 20 : 40,
        };
        apply.SharedVariables[ApprovedAdjustmentGate.Variable] = scenario == "other-adjustment" ? Guid.NewGuid() : adjustment;
        var goalUpdate = new RemoteExecutionContext { MessageName = "Update", PrimaryEntityName = SgGoal.LogicalName, Stage = 20, ParentContext = apply };
        var goalId = scenario == "goal-not-on-request" ? goals.Hardware : goals.Software;
        var stored = world.AsSystem.Retrieve(SgGoal.LogicalName, goalId, new ColumnSet(true));
        var target = new Entity(SgGoal.LogicalName, goalId) { [SgGoal.Fields.TargetValue] = scenario == "other-values" ? 60_000_000m : 45_000_000m };

        var authorized = ApprovedAdjustmentGate.Authorizes(goalUpdate, target, stored, new AdjustmentRepository(world.AsSystem));

        Assert.AreEqual(expected, authorized);
    }

    [TestMethod]
    [DataRow("target-only", true)]
    [DataRow("grandparent", true)]
    [DataRow("unchanged-base-written", true)]
    [DataRow("new-base-written", true)]
    [DataRow("new-base-missing", false)]
    [DataRow("other-base", false)]
    [DataRow("other-stretch", false)]
    [DataRow("create-message", false)]
    [DataRow("other-table", false)]
    [DataRow("not-a-guid", false)]
    public void Authorizes_EveryTierAndTheApplyContextMustMatch(string scenario, bool expected)
    {
        // Arrange: an approved request lowers Q1 East's target to 450,000 (and its base to 350,000 in the new-base scenarios).
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var newBase = scenario.StartsWith("new-base", StringComparison.Ordinal) ? 350_000m : (decimal?)null;
        var adjustment = world.Env.Seed.Row(new Entity(SgGoalAdjustment.LogicalName)
        {
            [A.Name] = "Q1 East down",
            [A.Status] = new OptionSetValue(SgGoalAdjustment.Options.StatusApproved),
        });
        world.Env.Seed.Row(new Entity(SgGoalAdjustmentLine.LogicalName)
        {
            [L.AdjustmentId] = new EntityReference(SgGoalAdjustment.LogicalName, adjustment),
            [L.GoalId] = new EntityReference(SgGoal.LogicalName, goal),
            [L.NewTargetValue] = 450_000m,
            [L.NewBaseValue] = newBase,
        });
        var apply = new RemoteExecutionContext
        {
            MessageName = scenario == "create-message" ? "Create" : "Update",
            PrimaryEntityName = scenario == "other-table" ? SgGoal.LogicalName : SgGoalAdjustment.LogicalName,
            PrimaryEntityId = adjustment,
            Stage = 40,
        };
        apply.SharedVariables[ApprovedAdjustmentGate.Variable] = scenario == "not-a-guid" ? adjustment.ToString() : adjustment;
        var between = new RemoteExecutionContext { MessageName = "Update", PrimaryEntityName = SgGoal.LogicalName, Stage = 40, ParentContext = apply };
        var goalUpdate = new RemoteExecutionContext { MessageName = "Update", PrimaryEntityName = SgGoal.LogicalName, Stage = 20, ParentContext = scenario == "grandparent" ? between : apply };
        var stored = world.AsSystem.Retrieve(SgGoal.LogicalName, goal, new ColumnSet(true));
        var target = new Entity(SgGoal.LogicalName, goal) { [SgGoal.Fields.TargetValue] = 450_000m };
        switch (scenario)
        {
            case "unchanged-base-written": target[SgGoal.Fields.BaseValue] = 400_000m; break;
            case "new-base-written": target[SgGoal.Fields.BaseValue] = 350_000m; break;
            case "other-base": target[SgGoal.Fields.BaseValue] = 1m; break;
            case "other-stretch": target[SgGoal.Fields.StretchValue] = 700_000m; break;
            default: break;
        }

        // Act
        var authorized = ApprovedAdjustmentGate.Authorizes(goalUpdate, target, stored, new AdjustmentRepository(world.AsSystem));

        // Assert
        Assert.AreEqual(expected, authorized);
    }
}
