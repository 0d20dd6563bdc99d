using System;
using System.Linq;
using SalesGoals.Crm.Plugins.Planning;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>Plans sg_ApplyGoalPlan refuses as a whole, in the caller's language, before anything is written.</summary>
[TestClass]
public sealed class PlanRefusalTests
{
    private static GoalWorld WorldIn(int language)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        return world;
    }

    [TestMethod]
    [DataRow("target", 1033, "East / Ray: the goal is locked and the plan changes target 600 → 650.5; submit an adjustment request (sg_goaladjustment)")]
    [DataRow("base", 1033, "East / Ray: the goal is locked and the plan changes base 500 → –;")]
    [DataRow("stretch", 1033, "the plan changes stretch 700 → 750;")]
    [DataRow("target", 2052, "East / Ray：该目标已锁定，挑战目标 600 → 650.5；请提交目标调整申请")]
    [DataRow("base", 2052, "基础目标 500 → –")]
    [DataRow("stretch", 2052, "超越目标 700 → 750")]
    public void Apply_TierChangeOfALockedGoal_IsRefusedAndNothingIsWritten(string tier, int language, string expected)
    {
        var world = WorldIn(language);
        var plan = new PlanBuilder(world);
        plan.Document.Activate = true;
        plan[PlanBuilder.Ray].Locked = true;
        plan.Apply();
        var ray = plan[PlanBuilder.Ray];
        switch (tier)
        {
            case "target": ray.Target = 650.5m; break;
            case "base": ray.Base = null; break;
            default: ray.Stretch = 750m; break;
        }

        plan[PlanBuilder.Olga].Name = "Olga";
        plan.Add(plan.Goal("East / Later", PlanBuilder.Root, world.Manager, 10m, "None"));

        var message = Faults.MessageOf(() => plan.Apply());

        StringAssert.Contains(message, expected);
        StringAssert.StartsWith(message, language == 2052 ? "未写入任何数据：规划中有 1 个目标无法应用：" : "Nothing was written: 1 goal(s) of the plan cannot be applied:");
        Assert.HasCount(3, plan.StoredGoals());
        Assert.AreEqual(1, plan.StoredGoals().Count(g => g.GetAttributeValue<string>("sg_name") == PlanBuilder.Olga), "the unlocked goal's rename was not written either");
    }

    [TestMethod]
    [DataRow(1033, "Second / Ray: a goal for the same scope (metric, assignee, period, dimensions), 'East / Ray', already exists under another parent")]
    [DataRow(2052, "Second / Ray：已有同一范围（指标、负责人、期间、维度）的目标“East / Ray”，但位于其他上级目标下")]
    public void Apply_GoalOfAnExistingScopeUnderAnotherParent_IsRefused(int language, string expected)
    {
        var world = WorldIn(language);
        new PlanBuilder(world).Apply();
        var second = new PlanBuilder(world).Without(PlanBuilder.Ray).Without(PlanBuilder.Olga);
        (second[PlanBuilder.Root].Key, second[PlanBuilder.Root].UserId) = ("Second", world.Manager);
        second.Add(second.Goal("Second / Ray", "Second", world.Rep, 600m, "None"));

        var message = Faults.MessageOf(() => second.Apply());

        StringAssert.Contains(message, expected);
        Assert.HasCount(3, second.StoredGoals());
    }

    [TestMethod]
    [DataRow("no goals", "goals, metricId, metricCode and currencyId are required")]
    [DataRow("no metric code", "goals, metricId, metricCode and currencyId are required")]
    [DataRow("no metric id", "goals, metricId, metricCode and currencyId are required")]
    [DataRow("no currency", "goals, metricId, metricCode and currencyId are required")]
    [DataRow("repeated key", "goal key 'East' is missing or repeated")]
    [DataRow("no key", "goal key '' is missing or repeated")]
    [DataRow("child first", "'East / Olga' comes before its parent 'East'")]
    [DataRow("two assignees", "'East / Ray' needs one assignee (userId or teamId), a periodType, a splitAxis and start/end dates")]
    [DataRow("no assignee", "'East / Ray' needs one assignee")]
    [DataRow("bad period type", "'East / Ray' needs one assignee")]
    [DataRow("bad split axis", "'East / Ray' needs one assignee")]
    [DataRow("bad start", "'East / Ray' needs one assignee")]
    [DataRow("bad end", "'East / Ray' needs one assignee")]
    [DataRow("11 weights", "a seasonality profile has 12 weights")]
    [DataRow("13 weights", "a seasonality profile has 12 weights")]
    [DataRow("no currency and no assignee", "goals, metricId, metricCode and currencyId are required")]
    [DataRow("repeated key and no assignee later", "goal key 'East' is missing or repeated")]
    public void Apply_MalformedPlan_IsRefusedNamingTheProblem(string scenario, string detail)
    {
        var world = GoalWorld.Create();
        var plan = new PlanBuilder(world);
        var ray = plan[PlanBuilder.Ray];
        switch (scenario)
        {
            case "no goals": plan.Document.Goals.Clear(); break;
            case "no metric code": plan.Document.MetricCode = ""; break;
            case "no metric id": plan.Document.MetricId = Guid.Empty; break;
            case "no currency": plan.Document.CurrencyId = Guid.Empty; break;
            case "repeated key": ray.Key = PlanBuilder.Root; break;
            case "no key": ray.Key = ""; break;
            case "child first": plan.Document.Goals.Reverse(); break;
            case "two assignees": ray.TeamId = Guid.NewGuid(); break;
            case "no assignee": ray.UserId = null; break;
            case "bad period type": ray.PeriodType = "Fortnight"; break;
            case "bad split axis": ray.SplitAxis = "Region"; break;
            case "bad start": ray.Start = "2026-3-1"; break;
            case "bad end": ray.End = "31.03.2026"; break;
            case "13 weights": plan.Document.Seasonality = new GoalPlanSeasonality { Name = "Retail", Weights = [.. Enumerable.Repeat(1m, 13)] }; break;
            case "no currency and no assignee": (plan.Document.CurrencyId, ray.UserId) = (Guid.Empty, null); break;
            case "repeated key and no assignee later": (ray.Key, plan[PlanBuilder.Olga].UserId) = (PlanBuilder.Root, null); break;
            case "11 weights": plan.Document.Seasonality = new GoalPlanSeasonality { Name = "Retail", Weights = [.. Enumerable.Repeat(1m, 11)] }; break;
            default: throw new ArgumentOutOfRangeException(nameof(scenario));
        }

        var message = Faults.MessageOf(() => plan.Apply());

        Assert.AreEqual("The plan is not valid: " + detail, message[..Math.Min(message.Length, 23 + detail.Length)]);
        Assert.IsEmpty(plan.StoredGoals());
    }

    [TestMethod]
    [DataRow("null", 1033, "The plan is not valid: empty")]
    [DataRow("null", 2052, "规划内容无效：empty")]
    [DataRow("{\"goals\": [", 1033, "The plan is not valid: ")]
    [DataRow("{\"goals\": [", 2052, "规划内容无效：")]
    public void Apply_PlanTextThatIsNoPlan_IsRefusedInTheCallersLanguage(string text, int language, string expected)
    {
        var world = WorldIn(language);
        var plan = new PlanBuilder(world);

        var message = Faults.MessageOf(() => plan.Send(text));

        StringAssert.StartsWith(message, expected);
        Assert.IsEmpty(plan.StoredGoals());
    }
}
