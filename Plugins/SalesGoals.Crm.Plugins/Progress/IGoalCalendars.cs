using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Plugins.Progress;

/// <summary>What progress needs besides the goal row: the goal's working days and seasonality, and the
/// organization's time zone and the goal's at-risk threshold.</summary>
public interface IGoalCalendars
{
    /// <summary>Day weights from the goal's calendar (or the organization default, or Monday–Friday) and its seasonality profile.</summary>
    DayWeights WeightsFor(Entity goal);

    /// <summary>The calendar date of an instant in the organization's time zone (UTC when none is set).</summary>
    LocalDate DateOf(DateTimeOffset instant);

    /// <summary>The evaluation options of the goal: its at-risk threshold, else the organization's (settings row, then the
    /// environment variable), else the engine's default (<see cref="PaceSettingsResolver"/>).</summary>
    ProgressOptions OptionsFor(Entity goal);
}
