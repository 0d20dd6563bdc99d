using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Cli.Plan.Model;

/// <summary>A named working-day calendar: weekend days, public holidays and extra (make-up) working days.</summary>
public sealed record PlanCalendar(string Name, IReadOnlyList<DayOfWeek> Weekend, IReadOnlyList<LocalDate> Holidays, IReadOnlyList<LocalDate> WorkingDays);
