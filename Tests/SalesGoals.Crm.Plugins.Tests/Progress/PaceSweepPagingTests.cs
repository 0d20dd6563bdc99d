using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Progress;

/// <summary>sg_EvaluatePace pages through the active goals by id: PageSize 1–500, each goal once, and NextGoalId is
/// empty as soon as nothing is left (also when the last page is exactly full).</summary>
[TestClass]
public sealed class PaceSweepPagingTests
{
    private static readonly DateTimeOffset MidJanuary = new(2026, 1, 12, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTime Tuesday20Jan = new(2026, 1, 20, 12, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    [DataRow(5, 2, new[] { 2, 2, 1 }, DisplayName = "5 running goals by 2")]
    [DataRow(4, 2, new[] { 2, 2 }, DisplayName = "4 by 2: the second page is the last")]
    [DataRow(2, 1, new[] { 1, 1 }, DisplayName = "PageSize 1")]
    [DataRow(3, EvaluatePace.MaxPageSize, new[] { 3 }, DisplayName = "PageSize 500")]
    public void EvaluatePace_GoalsThatKeepRunning_EachPageEvaluatesTheNextGoalsUntilNoneAreLeft(int goals, int pageSize, int[] pages)
    {
        // Arrange: monthly goals of 2026 that are still running (none is closed by the sweep, so all stay active).
        var world = GoalWorld.Create(MidJanuary);
        var ids = Enumerable.Range(1, goals).Select(m => world.Goal($"M{m}").Month(m).Tiers(null, 100_000m, null).Active().Create()).ToList();

        // Act
        var evaluated = new List<int>();
        Guid? next = null;
        do
        {
            var response = world.EvaluatePace(Tuesday20Jan, next, pageSize);
            evaluated.Add((int)response.Results[EvaluatePace.EvaluatedOutput]);
            next = (Guid)response.Results[EvaluatePace.NextGoalIdOutput];
        }
        while (next != Guid.Empty && evaluated.Count < 10);

        // Assert
        CollectionAssert.AreEqual(pages, evaluated);
        foreach (var goal in ids)
        {
            Assert.AreEqual(Tuesday20Jan, world.Read(goal).GetAttributeValue<DateTime>(F.LastComputedOn), "every goal evaluated");
        }
    }

    [TestMethod]
    [DataRow(0, 1033, "PageSize must be between 1 and 500 (got 0).")]
    [DataRow(501, 1033, "PageSize must be between 1 and 500 (got 501).")]
    [DataRow(501, 2052, "PageSize 必须在 1 到 500 之间（收到 501）。")]
    public void EvaluatePace_PageSizeOutsideOneTo500_IsRefusedWithTheExactMessage(int pageSize, int language, string message)
    {
        // Arrange
        var world = GoalWorld.Create(MidJanuary);
        var goal = world.Goal("Q1").Active().Create();
        var before = world.Read(goal).GetAttributeValue<DateTime?>(F.LastComputedOn);
        var caller = world.Env.Seed.User("Ops", languageId: language);

        // Act
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => world.EvaluatePace(Tuesday20Jan, pageSize: pageSize, asUser: caller));

        // Assert
        Assert.AreEqual(message, fault.Message);
        Assert.AreEqual(before, world.Read(goal).GetAttributeValue<DateTime?>(F.LastComputedOn), "nothing evaluated");
    }
}
