using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using L = SalesGoals.Crm.Plugins.Schema.LeadTable.Fields;
using O = SalesGoals.Crm.Plugins.Schema.OpportunityTable.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Progress;

/// <summary>The follow-ups of an at-risk alert are the assignee's own open work expected in the goal's period: other
/// reps' work, closed deals, qualified leads and work outside the period never show, and the largest always do.</summary>
[TestClass]
public sealed class AlertFollowUpFilterTests
{
    private const int LeadQualified = 1;

    [TestMethod]
    public void Activate_GoalAtRisk_FollowUpsAreOnlyTheRepsOpenWorkInThePeriodWithNamesEscaped()
    {
        // Arrange: the rep's open work (opportunities at 50 %, leads at 10 %) and larger distractors that must not show.
        var world = GoalWorld.Create();
        var quoted = world.Opportunity(world.Rep, estimated: 300_000m);                    // 150,000
        world.AsSystem.Update(new Entity(OpportunityTable.LogicalName, quoted) { [O.Name] = "Wang \"Big\" \\ Co" });
        var unnamed = Opportunity(world, world.Rep, null, 200_000m, new DateTime(2026, 3, 20)); // 100,000, 20 Mar
        var undated = Lead(world, world.Rep, "Hangzhou depot", 1_000_000m, null);               // 100,000, no date: last of the ties
        world.Opportunity(world.OtherRep, estimated: 5_000_000m);
        var lost = world.Opportunity(world.Rep, estimated: 4_000_000m);
        world.Lose(lost, new DateTime(2026, 2, 1));
        Opportunity(world, world.Rep, "June deal", 3_000_000m, new DateTime(2026, 6, 10));
        Lead(world, world.OtherRep, "Olga's lead", 9_000_000m, new DateTime(2026, 3, 1));
        Lead(world, world.Rep, "Qualified lead", 8_000_000m, new DateTime(2026, 3, 1), state: LeadQualified);

        // Act: on 15 Feb with nothing won the new goal is at risk from its activation.
        var goal = world.Goal("Q1").Tiers(null, 2_300_000m, null).Active().Create();

        // Assert
        var list = FollowUps(world, goal);
        CollectionAssert.AreEqual(
            new[] { $"{quoted:D} Wang \"Big\" \\ Co opportunity 150000", $"{unnamed:D}  opportunity 100000", $"{undated:D} Hangzhou depot lead 100000" },
            list.Select(f => $"{f!["id"]} {f["name"]} {f["kind"]} {f["weighted"]}").ToArray(),
            list.ToJsonString());
        Assert.AreEqual("2026-03-20", list[1]!["close"]!.GetValue<string>());
        Assert.IsNull(list[2]!["close"], "an undated lead has no close date");
    }

    [TestMethod]
    public void Activate_RepHasMoreThanFiftyOpportunitiesAndLeads_TheLargestOfEachAreSuggested()
    {
        // Arrange: 51 small opportunities and leads whose ids sort before one large opportunity and one large lead.
        var world = GoalWorld.Create();
        for (var i = 1; i <= 51; i++)
        {
            Opportunity(world, world.Rep, $"Small {i}", 1_000m, new DateTime(2026, 3, 20), Id(0x10, i));
            Lead(world, world.Rep, $"Small lead {i}", 1_000m, new DateTime(2026, 3, 20), Id(0x20, i));
        }

        var big = Opportunity(world, world.Rep, "Big deal", 1_000_000m, new DateTime(2026, 3, 20), Id(0xf0, 1));
        var bigLead = Lead(world, world.Rep, "Big lead", 2_000_000m, new DateTime(2026, 3, 20), Id(0xf0, 2));

        // Act: on 15 Feb with nothing won the new goal is at risk from its activation.
        var goal = world.Goal("Q1").Tiers(null, 2_300_000m, null).Active().Create();

        // Assert
        var ids = FollowUps(world, goal).Take(2).Select(f => f!["id"]!.GetValue<string>()).ToArray();
        CollectionAssert.AreEqual(new[] { big.ToString("D"), bigLead.ToString("D") }, ids, "500,000 then 200,000 weighted");
    }

    private static Guid Id(int prefix, int n) => new($"{prefix:x2}000000-0000-0000-0000-{n:x12}");

    private static JsonArray FollowUps(GoalWorld world, Guid goal)
    {
        var query = new QueryExpression(SgGoalAlert.LogicalName) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(SgGoalAlert.Fields.GoalId, ConditionOperator.Equal, goal);
        query.Criteria.AddCondition(SgGoalAlert.Fields.Kind, ConditionOperator.Equal, SgGoalAlert.Options.KindAtRisk);
        var alert = world.AsSystem.RetrieveMultiple(query).Entities.Single();
        return JsonNode.Parse(alert.GetAttributeValue<string>(SgGoalAlert.Fields.TopOpportunities))!.AsArray();
    }

    private static Guid Opportunity(GoalWorld world, Guid owner, string? name, decimal estimated, DateTime close, Guid? id = null) =>
        world.Env.Seed.Row(new Entity(OpportunityTable.LogicalName, id ?? Guid.Empty)
        {
            [O.Name] = name,
            ["estimatedvalue"] = new Money(estimated),
            [O.EstimatedValueBase] = new Money(estimated),
            [O.CloseProbability] = 50,
            [O.EstimatedCloseDate] = close,
            [O.OwnerId] = new EntityReference("systemuser", owner),
        });

    private static Guid Lead(GoalWorld world, Guid owner, string topic, decimal amount, DateTime? close, Guid? id = null, int state = LeadTable.States.Open) =>
        world.Env.Seed.Row(new Entity(LeadTable.LogicalName, id ?? Guid.Empty)
        {
            [L.Subject] = topic,
            [L.LastName] = "Wang",
            ["estimatedamount"] = new Money(amount),
            [L.EstimatedAmountBase] = new Money(amount),
            [L.EstimatedCloseDate] = close,
            [L.OwnerId] = new EntityReference("systemuser", owner),
            [L.StateCode] = new OptionSetValue(state),
        });
}
