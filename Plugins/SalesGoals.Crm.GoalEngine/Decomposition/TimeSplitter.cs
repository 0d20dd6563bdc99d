using System;
using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Decomposition;

/// <summary>
/// Cuts a period into consecutive child periods of a finer type. A week that crosses the
/// parent's boundary is clipped to the parent: its part inside stays a Week (Monday-first ISO
/// week, fewer days), so every child lies inside the parent and children never overlap.
/// A clipped Year/Quarter/Month (only possible under a Custom parent) becomes Custom.
/// </summary>
public static class TimeSplitter
{
    public static IReadOnlyList<Period> Split(Period parent, PeriodType childType, FiscalCalendar fiscal)
    {
        if (childType == PeriodType.Custom)
        {
            throw new ArgumentException("Children of a time split need a standard period type (Quarter, Month, Week or Day).", nameof(childType));
        }

        if (parent.Type != PeriodType.Custom && childType <= parent.Type)
        {
            throw new ArgumentException($"A {parent.Type} cannot be split into {childType} periods; pick a finer period type.", nameof(childType));
        }

        var children = new List<Period>();
        var cursor = parent.Start;
        while (cursor <= parent.End)
        {
            var whole = fiscal.PeriodContaining(childType, cursor);
            var start = LocalDate.Max(whole.Start, parent.Start);
            var end = LocalDate.Min(whole.End, parent.End);
            var clipped = start != whole.Start || end != whole.End;
            var type = clipped && childType != PeriodType.Week ? PeriodType.Custom : childType;
            children.Add(new Period(type, start, end));
            if (end == LocalDate.MaxValue)
            {
                break;
            }

            cursor = end.AddDays(1);
        }

        return children;
    }
}
