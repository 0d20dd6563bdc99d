namespace SalesGoals.Crm.GoalEngine.Rules;

/// <summary>
/// Every problem the rule checks can report (goals.md §5). The names are the stable codes
/// (persisted and shown to support); never rename, only add.
/// </summary>
public enum RuleCode
{
    // Rule 1: complete (SMART).
    MetricMissing = 100,
    AssigneeMissing = 101,
    PeriodMissing = 102,
    PeriodEndsBeforeStart = 103,
    PeriodInconsistentWithType = 104,
    TargetNotPositive = 105,
    RootStrategyMissing = 106,

    // Rule 2: tiers in order.
    TiersOutOfOrder = 200,
    TiersOutOfOrderLowerIsBetter = 201,

    // Rule 3: hierarchy.
    MixedSplitAxes = 300,
    ChildChangesSeveralAxes = 301,
    ChildSameScopeAsParent = 302,
    ChildMetricDiffers = 303,
    ChildOutsideParentPeriod = 304,
    ChildPeriodsOverlap = 305,
    ChildDimensionConflict = 306,
    DuplicateScope = 307,

    // Rule 4: allocation on activation.
    UnderAllocated = 400,
    OverAllocated = 401,

    // Rule 5: locks.
    GoalLockedTierChange = 500,
    GoalLockedScopeChange = 501,
    GoalHasHistory = 502,

    // Rule 6: rights.
    OwnTargetChange = 600,
    NotGoalManager = 601,

    // Rule 7: achievability (warnings, never blocking).
    TargetAggressive = 700,
    TargetUnrealistic = 701,

    // Adjustments (goals.md §6).
    AdjustmentNoLines = 800,
    AdjustmentReasonMissing = 801,
    AdjustmentJustificationMissing = 802,
    AdjustmentUnknownGoal = 803,
    AdjustmentDuplicateGoal = 804,
    AdjustmentChangesNothing = 805,
    AdjustmentNotApprover = 806,
    AdjustmentSelfApproval = 807,
    AdjustmentInvalidTransition = 808,
    ReallocationNotNetZero = 850,
    ReallocationNotAChild = 851,
}
