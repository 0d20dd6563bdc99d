using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Rules;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Tests.Infrastructure;

/// <summary>What the caller reads when a goal breaks rules: every problem, one per line, in their language; the
/// exception's own message (the trace's) is English.</summary>
[TestClass]
public sealed class GoalRuleViolationExceptionTests
{
    private static readonly RuleProblem NoMetric = Problem(RuleCode.MetricMissing);
    private static readonly RuleProblem NoAssignee = Problem(RuleCode.AssigneeMissing);

    private static RuleProblem Problem(RuleCode code) =>
        new(code, RuleSeverity.Error, null, new Dictionary<string, object> { ["goal"] = "Q1 East" });

    [TestMethod]
    [DataRow(1033, "Goal \"Q1 East\": choose what it measures (a metric such as won revenue).\nGoal \"Q1 East\": choose who owns it (a user or a team).")]
    [DataRow(2052, "目标“Q1 East”：请选择考核指标（例如赢单金额）。\n目标“Q1 East”：请指定负责人（用户或团队）。")]
    [DataRow(1041, "Goal \"Q1 East\": choose what it measures (a metric such as won revenue).\nGoal \"Q1 East\": choose who owns it (a user or a team).")]
    public void Render_TwoProblems_OneLineEachInTheLanguage(int language, string expected)
    {
        // Arrange
        var violation = new GoalRuleViolationException([NoMetric, NoAssignee]);

        // Act
        var text = violation.Render(language);

        // Assert
        Assert.AreEqual(expected, text);
    }

    [TestMethod]
    public void Message_TwoProblems_IsEnglishOneLineEach()
    {
        // Act
        var violation = new GoalRuleViolationException([NoMetric, NoAssignee]);

        // Assert
        Assert.AreEqual("Goal \"Q1 East\": choose what it measures (a metric such as won revenue).\nGoal \"Q1 East\": choose who owns it (a user or a team).", violation.Message);
    }

    [TestMethod]
    public void Render_NoProblemsButAMessage_IsThatMessageInEveryLanguage()
    {
        // Arrange
        var violation = new GoalRuleViolationException("The plan changed while it was applied.");

        // Act
        var chinese = violation.Render(2052);

        // Assert
        Assert.AreEqual("The plan changed while it was applied.", chinese);
        Assert.IsEmpty(violation.Problems);
    }

    [TestMethod]
    [DataRow(RuleCode.MetricMissing, true)]
    [DataRow(RuleCode.AssigneeMissing, true)]
    [DataRow(RuleCode.PeriodMissing, false)]
    public void Has_Code_TrueOnlyForAProblemItHolds(RuleCode code, bool expected)
    {
        // Arrange
        var violation = new GoalRuleViolationException([NoMetric, NoAssignee]);

        // Act
        var has = violation.Has(code);

        // Assert
        Assert.AreEqual(expected, has);
    }

    [TestMethod]
    public void Has_NoProblems_FalseForEveryCode()
    {
        // Arrange
        var violation = new GoalRuleViolationException(Array.Empty<RuleProblem>());

        // Act / Assert
        Assert.IsFalse(violation.Has(RuleCode.MetricMissing));
    }
}
