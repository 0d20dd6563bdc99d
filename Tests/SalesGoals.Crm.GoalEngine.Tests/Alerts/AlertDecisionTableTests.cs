using SalesGoals.Crm.GoalEngine.Alerts;
using SalesGoals.Crm.GoalEngine.Progress;

namespace SalesGoals.Crm.GoalEngine.Tests.Alerts;

/// <summary>
/// goals.md §7 as a table: every status with and without an open AtRisk alert, and every tier
/// crossing (up, none, down), with the exact decision the plug-ins act on.
/// </summary>
[TestClass]
public class AlertDecisionTableTests
{
    [TestMethod]
    [DataRow(ProgressStatus.AtRisk, false, true, false)]
    [DataRow(ProgressStatus.AtRisk, true, false, false)]
    [DataRow(ProgressStatus.Behind, true, false, true)]
    [DataRow(ProgressStatus.OnTrack, true, false, true)]
    [DataRow(ProgressStatus.Achieved, true, false, true)]
    [DataRow(ProgressStatus.Behind, false, false, false)]
    [DataRow(ProgressStatus.OnTrack, false, false, false)]
    [DataRow(ProgressStatus.Achieved, false, false, false)]
    public void Decide_StatusAndOpenAlert_RaisesOrResolvesOnlyAtEpisodeEdges(ProgressStatus status, bool alertOpen, bool raise, bool resolve)
    {
        var decision = AlertDecider.Decide(Tier.Base, alertOpen, status, Tier.Base);

        Assert.AreEqual(new AlertDecision(raise, resolve, false, false), decision);
        Assert.AreEqual(raise || resolve, decision.HasAnything);
    }

    [TestMethod]
    [DataRow(Tier.None, Tier.Target, true, false)]
    [DataRow(Tier.Base, Tier.Target, true, false)]
    [DataRow(Tier.Base, Tier.Stretch, true, true)]
    [DataRow(Tier.None, Tier.Stretch, true, true)]
    [DataRow(Tier.Target, Tier.Stretch, false, true)]
    [DataRow(Tier.Target, Tier.Target, false, false)]
    [DataRow(Tier.Stretch, Tier.Stretch, false, false)]
    [DataRow(Tier.None, Tier.Base, false, false)]
    [DataRow(Tier.Stretch, Tier.Target, false, false)]
    [DataRow(Tier.Target, Tier.Base, false, false)]
    public void Decide_TierChange_AnnouncesOnlyUpwardCrossings(Tier previous, Tier current, bool achieved, bool stretch)
    {
        var decision = AlertDecider.Decide(previous, false, ProgressStatus.OnTrack, current);

        Assert.AreEqual(new AlertDecision(false, false, achieved, stretch), decision);
        Assert.AreEqual(achieved || stretch, decision.HasAnything);
    }

    [TestMethod]
    public void Decide_NothingChanges_ReturnsTheSharedNothingDecision()
    {
        var decision = AlertDecider.Decide(Tier.Target, false, ProgressStatus.OnTrack, Tier.Target);

        Assert.AreSame(AlertDecision.Nothing, decision);
        Assert.IsFalse(decision.HasAnything);
    }

    [TestMethod]
    [DataRow(true, false, false, false)]
    [DataRow(false, true, false, false)]
    [DataRow(false, false, true, false)]
    [DataRow(false, false, false, true)]
    public void HasAnything_AnyOneAction_IsTrue(bool raise, bool resolve, bool achieved, bool stretch)
    {
        Assert.IsTrue(new AlertDecision(raise, resolve, achieved, stretch).HasAnything);
    }
}
