using Microsoft.Xrm.Sdk.Query;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

[TestClass]
public sealed class ConditionOperatorTests
{
    // The numbers travel on the wire (and in stored queries), so they must be the official ones.
    [TestMethod]
    [DataRow(ConditionOperator.Equal, 0)]
    [DataRow(ConditionOperator.In, 8)]
    [DataRow(ConditionOperator.Null, 12)]
    [DataRow(ConditionOperator.Today, 15)]
    [DataRow(ConditionOperator.On, 25)]
    [DataRow(ConditionOperator.OnOrBefore, 26)]
    [DataRow(ConditionOperator.OnOrAfter, 27)]
    [DataRow(ConditionOperator.EqualUserId, 41)]
    [DataRow(ConditionOperator.EqualBusinessId, 43)]
    [DataRow(ConditionOperator.BeginsWith, 54)]
    [DataRow(ConditionOperator.EndsWith, 56)]
    [DataRow(ConditionOperator.InFiscalPeriodAndYear, 70)]
    [DataRow(ConditionOperator.Under, 75)]
    [DataRow(ConditionOperator.Above, 78)]
    [DataRow(ConditionOperator.ContainValues, 87)]
    public void Value_SampleMember_MatchesOfficialNumber(ConditionOperator conditionOperator, int expected)
    {
        Assert.AreEqual(expected, (int)conditionOperator);
    }

    [TestMethod]
    [DataRow(JoinOperator.Inner, 0)]
    [DataRow(JoinOperator.LeftOuter, 1)]
    [DataRow(JoinOperator.Natural, 2)]
    public void Value_JoinOperator_MatchesOfficialNumber(JoinOperator joinOperator, int expected)
    {
        Assert.AreEqual(expected, (int)joinOperator);
    }
}
