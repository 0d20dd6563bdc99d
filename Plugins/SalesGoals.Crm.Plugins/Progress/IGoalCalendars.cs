using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>What progress needs besides the goal row: the goal's working days and seasonality, and the
/// organization's time zone and default at-risk threshold (sg_goalsetting).</summary>
public interface IGoalCalendars
{
    /// <summary>Day weights from the goal's calendar (or the organization default, or Monday–Friday) and its seasonality profile.</summary>
    DayWeights WeightsFor(Entity goal);

    /// <summary>The calendar date of an instant in the organization's time zone (UTC when none is set).</summary>
    LocalDate DateOf(DateTimeOffset instant);

    /// <summary>The organization's at-risk threshold (0–1), when set.</summary>
    decimal? DefaultAtRiskThreshold { get; }
}
