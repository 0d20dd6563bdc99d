using SalesGoals.Crm.GoalEngine.Alerts;
using SalesGoals.Crm.GoalEngine.Progress;

namespace SalesGoals.Crm.GoalEngine.Tests.Alerts;

[TestClass]
public class AlertDeciderTests
{
    [TestMethod]
    public void Decide_TurnsAtRiskWithoutOpenAlert_RaisesOne()
    {
        var decision = AlertDecider.Decide(Tier.None, false, ProgressStatus.AtRisk, Tier.None);

        Assert.AreEqual(new AlertDecision(true, false, false, false), decision);
    }

    [TestMethod]
    public void Decide_StillAtRiskWithOpenAlert_DoesNothing()
    {
        Assert.AreSame(AlertDecision.Nothing, AlertDecider.Decide(Tier.None, true, ProgressStatus.AtRisk, Tier.None));
    }

    [TestMethod]
    [DataRow(ProgressStatus.Behind)]
    [DataRow(ProgressStatus.OnTrack)]
    public void Decide_RecoversWithOpenAlert_Resolves(ProgressStatus status)
    {
        var decision = AlertDecider.Decide(Tier.None, true, status, Tier.None);

        Assert.IsTrue(decision.ResolveAtRisk);
        Assert.IsFalse(decision.RaiseAtRisk);
    }

    [TestMethod]
    public void Decide_JumpsFromBaseToStretch_AnnouncesAchievedAndStretch()
    {
        var decision = AlertDecider.Decide(Tier.Base, false, ProgressStatus.Achieved, Tier.Stretch);

        Assert.IsTrue(decision.AnnounceAchieved && decision.AnnounceStretch);
    }

    [TestMethod]
    public void Decide_AlreadyAtTarget_DoesNotAnnounceAgain()
    {
        Assert.IsFalse(AlertDecider.Decide(Tier.Target, false, ProgressStatus.Achieved, Tier.Target).AnnounceAchieved);
    }
}
