using System;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Goals;

/// <summary>
/// A plain picture of one goal, built by the plug-ins from a Dataverse row (or by the worker from
/// anywhere). Everything the rules, decomposition and progress need; nothing from the SDK.
/// </summary>
public sealed record GoalSnapshot
{
    public Guid Id { get; init; }

    public Guid? ParentId { get; init; }

    public string? Name { get; init; }

    public Assignee? Assignee { get; init; }

    /// <summary>The user who manages this goal (may change its targets).</summary>
    public Guid? ManagerId { get; init; }

    /// <summary>A stable metric code, e.g. "won-revenue" (see MetricCodes).</summary>
    public string? MetricCode { get; init; }

    /// <summary>The period when its dates are set and in order; setting it sets the three raw fields.</summary>
    public Period? Period
    {
        get => PeriodStart.HasValue && PeriodEnd.HasValue && PeriodStart.Value <= PeriodEnd.Value
            ? new Period(PeriodType, PeriodStart.Value, PeriodEnd.Value)
            : null;
        init
        {
            PeriodType = value?.Type ?? PeriodType.Custom;
            PeriodStart = value?.Start;
            PeriodEnd = value?.End;
        }
    }

    /// <summary>Raw period fields as stored, so a reversed or missing date can be reported, not thrown.</summary>
    public PeriodType PeriodType { get; init; }

    public LocalDate? PeriodStart { get; init; }

    public LocalDate? PeriodEnd { get; init; }

    public GoalDimensions Dimensions { get; init; } = GoalDimensions.None;

    public decimal? Base { get; init; }

    public decimal Target { get; init; }

    public decimal? Stretch { get; init; }

    /// <summary>Decimal places of the goal's amounts: the currency's precision, 0 for counts.</summary>
    public int Precision { get; init; } = 2;

    public string? CurrencyCode { get; init; }

    /// <summary>How this goal's children are split (None for a leaf).</summary>
    public SplitAxis SplitAxis { get; init; }

    /// <summary>How far children's targets may exceed this goal's, e.g. 10 for 110 %.</summary>
    public decimal AllowedOverAssignmentPercent { get; init; }

    public GoalState State { get; init; }

    /// <summary>Locked explicitly (besides the period-type lock policy).</summary>
    public bool IsLocked { get; init; }

    /// <summary>For a root goal: the stated strategy it serves (SMART "relevant").</summary>
    public string? RootStrategy { get; init; }

    public bool IsRoot => ParentId == null;

    /// <summary>How people see the goal in messages: its name, else its id.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id.ToString() : Name!;
}
