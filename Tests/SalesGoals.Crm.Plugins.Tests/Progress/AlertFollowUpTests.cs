using System;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Progress;

/// <summary>An at-risk alert lists the rep's open opportunities and leads in the period, ranked by weighted value, then by the nearest close date.</summary>
[TestClass]
public sealed class AlertFollowUpTests
{
    [TestMethod]
    public void Win_GoalFallsAtRisk_FollowUpsRankOpportunitiesAndLeadsByWeightedValueThenCloseness()
    {
        // Arrange: open work of the rep (opportunities at 50 %, leads at the lead probability of 10 %).
        var world = GoalWorld.Create();
        world.Opportunity(world.Rep, estimated: 300_000m);                         // 150,000, 20 Mar
        var bigLead = Lead(world, "Suzhou metro", 2_000_000m, new DateTime(2026, 3, 25)); // 200,000
        var soonLead = Lead(world, "Wuxi school", 1_500_000m, new DateTime(2026, 3, 2)); // 150,000, closer than the opportunity
        Lead(world, "Outside the quarter", 9_000_000m, new DateTime(2026, 6, 1));
        var won = world.Opportunity(world.Rep);
        var goal = world.Goal("Q1").Tiers(null, 2_300_000m, null).Active().Create();

        // Act
        world.Win(won, 10_000m, new DateTime(2026, 2, 10));

        // Assert
        var alert = world.AsSystem.RetrieveMultiple(new QueryExpression(SgGoalAlert.LogicalName) { ColumnSet = new ColumnSet(true) }).Entities
            .Single(a => a.GetAttributeValue<EntityReference>(SgGoalAlert.Fields.GoalId).Id == goal);
        var list = JsonNode.Parse(alert.GetAttributeValue<string>(SgGoalAlert.Fields.TopOpportunities))!.AsArray();
        CollectionAssert.AreEqual(
            new[] { "Suzhou metro lead 200000", "Wuxi school lead 150000", "Deal opportunity 150000" },
            list.Take(3).Select(f => $"{f!["name"]} {f["kind"]} {f["weighted"]}").ToArray(),
            list.ToJsonString());
        Assert.IsFalse(list.Any(f => f!["name"]!.GetValue<string>() == "Outside the quarter"), "only work expected to close in the period");
        Assert.AreEqual(bigLead.ToString("D"), list[0]!["id"]!.GetValue<string>());
        Assert.AreEqual(soonLead.ToString("D"), list[1]!["id"]!.GetValue<string>());
        Assert.AreEqual("2026-03-02", list[1]!["close"]!.GetValue<string>());
    }

    private static Guid Lead(GoalWorld world, string topic, decimal amount, DateTime close) =>
        world.Env.GetOrganizationService(world.Rep).Create(new Entity(LeadTable.LogicalName)
        {
            [LeadTable.Fields.Subject] = topic,
            [LeadTable.Fields.LastName] = "Wang",
            ["estimatedamount"] = new Money(amount),
            [LeadTable.Fields.EstimatedCloseDate] = close,
            [LeadTable.Fields.OwnerId] = new EntityReference("systemuser", world.Rep),
        });
}
