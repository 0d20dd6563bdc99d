using System;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace SalesGoals.Crm.LocalDataverse.Tests.Query;

/// <summary>Each operator against the generated rows, the expectation computed with LINQ over what was written.</summary>
[TestClass]
public sealed class ConditionOperatorTests
{
    private static QueryFixture F => QueryFixture.Instance;

    private static QueryExpression Where(string column, ConditionOperator op, params object[] values)
    {
        var query = new QueryExpression("sg_sample");
        query.Criteria.AddCondition(column, op, values);
        return query;
    }

    [TestMethod]
    public void Equal_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.Equal, 42), r => r.Count == 42);

    [TestMethod]
    public void NotEqual_Integer_ExcludesNulls() => F.AssertMatches(Where("sg_count", ConditionOperator.NotEqual, 42), r => r.Count is int c && c != 42);

    [TestMethod]
    public void GreaterThan_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.GreaterThan, 60), r => r.Count > 60);

    [TestMethod]
    public void GreaterEqual_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.GreaterEqual, 60), r => r.Count >= 60);

    [TestMethod]
    public void LessThan_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.LessThan, 10), r => r.Count < 10);

    [TestMethod]
    public void LessEqual_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.LessEqual, 10), r => r.Count <= 10);

    [TestMethod]
    public void Between_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.Between, 10, 20), r => r.Count >= 10 && r.Count <= 20);

    [TestMethod]
    public void NotBetween_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.NotBetween, 10, 90), r => r.Count is int c && (c < 10 || c > 90));

    [TestMethod]
    public void In_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.In, 1, 2, 3, 50), r => r.Count is 1 or 2 or 3 or 50);

    [TestMethod]
    public void NotIn_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.NotIn, 1, 2, 3, 50), r => r.Count is int c && c is not (1 or 2 or 3 or 50));

    [TestMethod]
    public void Null_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.Null), r => r.Count is null);

    [TestMethod]
    public void NotNull_Integer() => F.AssertMatches(Where("sg_count", ConditionOperator.NotNull), r => r.Count is not null);

    [TestMethod]
    public void GreaterThan_Money() => F.AssertMatches(Where("sg_amount", ConditionOperator.GreaterThan, 500m), r => r.Amount > 500m);

    [TestMethod]
    public void Equal_Choice() => F.AssertMatches(Where("sg_kind", ConditionOperator.Equal, SampleRowsKind2), r => r.Kind == SampleRowsKind2);

    [TestMethod]
    public void Like_Text_IsCaseInsensitive() => F.AssertMatches(Where("sg_name", ConditionOperator.Like, "ROW 1_"), r => r.Name.Length == 6 && r.Name.StartsWith("row 1", StringComparison.Ordinal));

    [TestMethod]
    public void NotLike_Text() => F.AssertMatches(Where("sg_name", ConditionOperator.NotLike, "%5"), r => !r.Name.EndsWith('5'));

    [TestMethod]
    public void BeginsWith_Text() => F.AssertMatches(Where("sg_name", ConditionOperator.BeginsWith, "row 3"), r => r.Name.StartsWith("row 3", StringComparison.Ordinal));

    [TestMethod]
    public void EndsWith_Text() => F.AssertMatches(Where("sg_name", ConditionOperator.EndsWith, "7"), r => r.Name.EndsWith('7'));

    [TestMethod]
    public void On_Date() => F.AssertMatches(Where("sg_due", ConditionOperator.On, Day(F.Rows.First(r => r.Due is not null).Due!.Value)),
        r => r.Due?.Date == Day(F.Rows.First(x => x.Due is not null).Due!.Value));

    [TestMethod]
    public void OnOrAfter_Date() => F.AssertMatches(Where("sg_due", ConditionOperator.OnOrAfter, new DateTime(2026, 2, 15)), r => r.Due?.Date >= new DateTime(2026, 2, 15));

    [TestMethod]
    public void OnOrBefore_Date() => F.AssertMatches(Where("sg_due", ConditionOperator.OnOrBefore, new DateTime(2026, 1, 20)), r => r.Due?.Date <= new DateTime(2026, 1, 20));

    [TestMethod]
    public void Equal_LookupById() => F.AssertMatches(Where("sg_opportunityid", ConditionOperator.Equal, F.Opportunities[1]), r => r.OpportunityId == F.Opportunities[1]);

    [TestMethod]
    public void EqualUserId_Owner() => F.AssertMatches(Where("ownerid", ConditionOperator.EqualUserId), r => r.OwnerId == F.Dv.UserId);

    [TestMethod]
    public void EqualBusinessId_OwningBusinessUnit()
    {
        var bob = F.Dv.Environment.GetOrganizationService(F.OtherOwner);
        F.AssertMatches(Where("owningbusinessunit", ConditionOperator.EqualBusinessId), r => r.OwnerId == F.OtherOwner, bob);
    }

    [TestMethod]
    public void NestedFilters_AndWithInnerOr()
    {
        var query = new QueryExpression("sg_sample");
        query.Criteria.AddCondition("sg_kind", ConditionOperator.Equal, SampleRowsKind1);
        var either = new FilterExpression(LogicalOperator.Or);
        either.AddCondition("sg_count", ConditionOperator.LessThan, 20);
        either.AddCondition("sg_amount", ConditionOperator.GreaterThan, 900m);
        query.Criteria.AddFilter(either);

        F.AssertMatches(query, r => r.Kind == SampleRowsKind1 && (r.Count < 20 || r.Amount > 900m));
    }

    [TestMethod]
    public void TwoConditionsOnIndexedColumns_AndOwner()
    {
        var query = new QueryExpression("sg_sample");
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, F.OtherOwner);
        query.Criteria.AddCondition("sg_kind", ConditionOperator.Equal, SampleRowsKind2);

        F.AssertMatches(query, r => r.OwnerId == F.OtherOwner && r.Kind == SampleRowsKind2);
    }

    private const int SampleRowsKind1 = Support.SampleRows.Kind1;
    private const int SampleRowsKind2 = Support.SampleRows.Kind2;

    private static DateTime Day(DateTime value) => value.Date;
}
