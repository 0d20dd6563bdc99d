using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Cli.Plan.Model;

/// <summary>A checked plan file: the company target for a year and how it is split (docs: Plan/README.md).</summary>
public sealed record PlanDefinition
{
    public required string Name { get; init; }

    public required string Metric { get; init; }

    public required string Currency { get; init; }

    public required int Year { get; init; }

    public int FiscalStartMonth { get; init; } = 1;

    public required decimal Target { get; init; }

    public decimal? Base { get; init; }

    public decimal? Stretch { get; init; }

    /// <summary>Decimal places of the amounts: 0 for count metrics, 2 otherwise.</summary>
    public int Precision { get; init; } = 2;

    public decimal OverAssignmentPercent { get; init; }

    public bool Activate { get; init; } = true;

    /// <summary>The lowest time level: Year (reps' year goals are the leaves) … Day.</summary>
    public PeriodType Depth { get; init; } = PeriodType.Month;

    /// <summary>Period types whose goals are locked (long-term) once active; the others stay flexible.</summary>
    public IReadOnlyList<PeriodType> LockedLevels { get; init; } = [PeriodType.Year, PeriodType.Quarter];

    /// <summary>E-mail of the user who manages the company goal and the dimension goals.</summary>
    public string? Manager { get; init; }

    public PlanSeasonality? Seasonality { get; init; }

    public PlanCalendar? Calendar { get; init; }

    /// <summary>Monthly ramp factors of new hires (month 1 = hire month); empty: none.</summary>
    public IReadOnlyList<decimal> Ramp { get; init; } = [];

    /// <summary>Dimension splits from the top, in order (product line, region, segment).</summary>
    public IReadOnlyList<PlanSplit> Splits { get; init; } = [];

    public required IReadOnlyList<PlanTeam> Teams { get; init; }
}
