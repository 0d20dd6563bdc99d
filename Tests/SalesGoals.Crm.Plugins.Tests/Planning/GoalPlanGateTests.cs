using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Planning;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// The claim that lets the goal steps stand aside inside sg_ApplyGoalPlan counts only on that Custom API's own stage-30
/// context, holding exactly true. Contexts are built by hand here: only a plug-in inside the pipeline could set a shared
/// variable (as in Adjustments/ApprovedAdjustmentGateTests).
/// </summary>
[TestClass]
public sealed class GoalPlanGateTests
{
    [TestMethod]
    [DataRow("genuine", true)]
    [DataRow("grandparent", true)]
    [DataRow("own context", true)]
    [DataRow("post-operation", false)]
    [DataRow("pre-operation", false)]
    [DataRow("other message", false)]
    [DataRow("text true", false)]
    [DataRow("false", false)]
    [DataRow("no variable", false)]
    [DataRow("no parent", false)]
    public void IsOpen_OnlyUnderTheValidatedApplysCoreStage(string scenario, bool expected)
    {
        var apply = new RemoteExecutionContext
        {
            MessageName = scenario == "other message" ? "sg_RecalculateGoal" : ApplyGoalPlan.MessageName,
            Stage = scenario switch { "post-operation" => 40, "pre-operation" => 20, _ => 30 },
        };
        switch (scenario)
        {
            case "text true": apply.SharedVariables[GoalPlanGate.Variable] = "true"; break;
            case "false": apply.SharedVariables[GoalPlanGate.Variable] = false; break;
            case "no variable": break;
            default: GoalPlanGate.Open(apply); break;
        }

        var create = new RemoteExecutionContext { MessageName = "Create", PrimaryEntityName = "sg_goal", Stage = 20, ParentContext = apply };
        var context = scenario switch
        {
            "grandparent" => new RemoteExecutionContext
            {
                MessageName = "Update",
                PrimaryEntityName = "sg_goal",
                Stage = 20,
                ParentContext = new RemoteExecutionContext { MessageName = "CreateMultiple", Stage = 30, ParentContext = apply },
            },
            "own context" => apply,
            "no parent" => new RemoteExecutionContext { MessageName = "Create", PrimaryEntityName = "sg_goal", Stage = 30 },
            _ => create,
        };

        var open = GoalPlanGate.IsOpen(context);

        Assert.AreEqual(expected, open);
    }

    [TestMethod]
    public void Open_SetsTheVariableTrueOnTheApplysContext()
    {
        var apply = new RemoteExecutionContext { MessageName = ApplyGoalPlan.MessageName, Stage = 30 };

        GoalPlanGate.Open(apply);

        Assert.IsTrue(apply.SharedVariables[GoalPlanGate.Variable] is true);
    }
}
