using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Plugins.Planning;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// The continuation of a sliced sg_ApplyGoalPlan: only the very text a call returned for this plan is taken (a forged,
/// edited or other plan's one is refused in the caller's language), and a slice that finds the plan changed under it
/// refuses naming the goal.
/// </summary>
[TestClass]
public sealed class PlanContinuationTests
{
    private const string BadContinuationEnglish =
        "The Continuation is not one sg_ApplyGoalPlan returned for this plan; pass the last call's Continuation, or none to check the plan again and go on.";

    private const string BadContinuationChinese =
        "Continuation 不是 sg_ApplyGoalPlan 为这份规划返回的续点；请传入上一次调用返回的 Continuation，或不传以重新检查并继续。";

    /// <summary>A world with the two reps' day plan (too large for one slice) started: checked, nothing written yet.</summary>
    private static (GoalWorld World, GoalPlanDocument Document, string Plan, string Continuation) Started(int language = 1033)
    {
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Manager, language);
        var document = PlanDocuments.TwoReps(world, PeriodType.Day);
        var plan = PlanDocuments.Json(document);
        var first = PlanCalls.Send(world, plan);
        Assert.IsFalse(first.Done, "the day plan needs several slices");
        return (world, document, plan, first.Continuation);
    }

    private static string[] Lines(string message) => message.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');

    [TestMethod]
    [DataRow("version")]
    [DataRow("nine parts")]
    [DataRow("seven parts")]
    [DataRow("two-letter phase")]
    [DataRow("unknown phase")]
    [DataRow("negative next")]
    [DataRow("next not a number")]
    [DataRow("activated not a number")]
    [DataRow("next beyond the plan")]
    [DataRow("other plan of the same length")]
    public void Apply_ContinuationNotReturnedForThisPlan_RefusedNothingWritten(string scenario)
    {
        var (world, document, plan, continuation) = Started();
        var parts = continuation.Split('|');
        switch (scenario)
        {
            case "version": parts[0] = "v2"; break;
            case "nine parts": parts = [.. parts, "0"]; break;
            case "seven parts": parts = parts[..7]; break;
            case "two-letter phase": parts[2] = "WA"; break;
            case "unknown phase": parts[2] = "X"; break;
            case "negative next": parts[3] = "-1"; break;
            case "next not a number": parts[3] = "one"; break;
            case "activated not a number": parts[7] = "1.5"; break;
            case "next beyond the plan": parts[3] = (document.Goals.Count + 1).ToString(CultureInfo.InvariantCulture); break;
            case "other plan of the same length":
                document.Name = "Plan 2027";
                var other = PlanDocuments.Json(document);
                Assert.AreEqual(plan.Length, other.Length);
                plan = other;
                break;
            default: throw new ArgumentOutOfRangeException(nameof(scenario));
        }

        var message = Faults.MessageOf(() => PlanCalls.Send(world, plan, string.Join("|", parts)));

        Assert.AreEqual(BadContinuationEnglish, message);
        Assert.IsEmpty(new PlanBuilder(world).StoredGoals());
    }

    [TestMethod]
    public void Apply_ContinuationNotReturnedForThisPlan_RefusedInChinese()
    {
        var (world, _, plan, continuation) = Started(2052);

        var message = Faults.MessageOf(() => PlanCalls.Send(world, plan, continuation.Replace("|W|", "|Q|", StringComparison.Ordinal)));

        Assert.AreEqual(BadContinuationChinese, message);
    }

    [TestMethod]
    public void Apply_ContinuationAtTheEndOfTheWritingPhase_IsTakenAndTheActivationNamesTheGoalsNeverWritten()
    {
        var (world, document, plan, continuation) = Started();
        var parts = continuation.Split('|');
        parts[3] = document.Goals.Count.ToString(CultureInfo.InvariantCulture);

        var activation = PlanCalls.Send(world, plan, string.Join("|", parts));
        var message = Faults.MessageOf(() => PlanCalls.Send(world, plan, activation.Continuation));

        Assert.IsFalse(activation.Done, "the writing phase is over; the activation phase follows");
        var lines = Lines(message);
        Assert.AreEqual("Nothing was written: 500 goal(s) of the plan cannot be applied:", lines[0], "one slice of goals, all missing");
        Assert.HasCount(51, lines, "the first 50 are named");
        Assert.AreEqual(
            document.Goals[^1].Key + ": the goal went missing while the plan was being applied (deleted, or its scope changed); apply the plan again.",
            lines[1],
            "leaves first: the plan's last goal is the first activated");
        Assert.IsEmpty(new PlanBuilder(world).StoredGoals());
    }

    [TestMethod]
    [DataRow(1033, "Nothing was written: 1 goal(s) of the plan cannot be applied:", "{0}: the goal went missing while the plan was being applied (deleted, or its scope changed); apply the plan again.")]
    [DataRow(2052, "未写入任何数据：规划中有 1 个目标无法应用：", "{0}：该目标在应用过程中消失了（已被删除或其范围已更改）；请重新应用该规划。")]
    public void Apply_GoalDeletedBetweenWritingAndActivation_ActivationRefusedNamingIt(int language, string first, string missing)
    {
        var (world, document, plan, continuation) = Started(language);
        var written = PlanCalls.Until(world, plan, maxCalls: 2, continuation);
        var leaf = document.Goals[^1].Key!;
        world.AsManager.Delete(SgGoal.LogicalName, new PlanBuilder(world).Stored(leaf).Id);

        var message = Faults.MessageOf(() => PlanCalls.Send(world, plan, written[^1].Continuation));

        CollectionAssert.AreEqual(new[] { first, string.Format(CultureInfo.InvariantCulture, missing, leaf) }, Lines(message));
        Assert.IsTrue(new PlanBuilder(world).StoredGoals().All(g => g.GetAttributeValue<OptionSetValue>(SgGoal.Fields.GoalStatus).Value == SgGoal.Options.StatusDraft), "nothing activated");
    }

    [TestMethod]
    public void Apply_GoalOfTheSameScopeMadeByHandAfterTheCheck_SliceRefusedNamingIt()
    {
        var (world, document, plan, continuation) = Started();
        var repYear = document.Goals[1];
        world.Goal("By hand").Year().Assignee(repYear.UserId!.Value).Tiers(null, 1_000m, null).Create();

        var message = Faults.MessageOf(() => PlanCalls.Send(world, plan, continuation));

        CollectionAssert.AreEqual(
            new[]
            {
                "Nothing was written: 1 goal(s) of the plan cannot be applied:",
                repYear.Key + ": a goal for the same scope (metric, assignee, period, dimensions), 'By hand', already exists under another parent; the plan cannot take it over.",
            },
            Lines(message));
        Assert.HasCount(1, new PlanBuilder(world).StoredGoals());
    }
}
