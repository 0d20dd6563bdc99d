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
}
