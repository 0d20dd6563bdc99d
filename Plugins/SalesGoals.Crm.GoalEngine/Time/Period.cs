using System;

namespace SalesGoals.Crm.GoalEngine.Time;

/// <summary>An inclusive range of calendar dates labelled with its period type.</summary>
public readonly record struct Period
{
    public Period(PeriodType type, LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            throw new ArgumentException($"A period cannot end ({end}) before it starts ({start}).", nameof(end));
        }

        Type = type;
        Start = start;
        End = end;
    }

    public PeriodType Type { get; }

    public LocalDate Start { get; }

    public LocalDate End { get; }

    public int DayCount => LocalDate.DaysBetween(Start, End) + 1;

    public bool Contains(LocalDate date) => date >= Start && date <= End;

    public bool Contains(Period other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(Period other) => other.Start <= End && other.End >= Start;

    public override string ToString() => $"{Type} {Start}..{End}";
}
