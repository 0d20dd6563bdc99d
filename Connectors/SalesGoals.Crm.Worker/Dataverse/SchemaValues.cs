using System;
using System.Collections.Generic;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>Option values of the solution's choices (Solution/Entities, OptionSets) the worker reads and writes.</summary>
public static class SchemaValues
{
    /// <summary>The system's sg_externalsystems value: each system carries its own (see <see cref="ExternalSystem.Define"/>).</summary>
    public static int SystemValue(ExternalSystem system) => system.OptionValue != 0
        ? system.OptionValue
        : throw new ArgumentOutOfRangeException(nameof(system), system, "Only external systems' rows live in Dataverse tables.");

    public static ExternalSystem SystemFrom(int value) => ExternalSystem.FromOption(value);

    public static int DealStateValue(DealState state) => 100_000_000 + (int)state;

    public static DealState DealStateFrom(int value) => (DealState)(value - 100_000_000);

    public static IReadOnlyList<string> PeriodTypes { get; } = ["Year", "Quarter", "Month", "Week", "Day", "Custom"];

    public static IReadOnlyList<string> GoalStatuses { get; } = ["Draft", "Active", "Closed"];

    public static IReadOnlyList<string> PaceStatuses { get; } = ["OnTrack", "Behind", "AtRisk", "Achieved"];

    public static IReadOnlyList<string> Tiers { get; } = ["None", "Base", "Target", "Stretch"];

    public const int YearPeriod = 100_000_000;
    public const int DraftStatus = 100_000_000;
    public const int ActiveStatus = 100_000_001;
    public const int SyncSucceeded = 100_000_002;
    public const int SyncFailed = 100_000_003;
    public const int AggregateSum = 100_000_000;
    public const int AggregateCount = 100_000_001;
    public const int AggregateRatio = 100_000_003;
    public const int AggregateAverageDays = 100_000_004;
    public const int UnitAmount = 100_000_000;
    public const int UnitCount = 100_000_001;
    public const int UnitPercent = 100_000_002;
    public const int UnitDays = 100_000_003;

    /// <summary>The label of a choice value from its list (value 100000000 + index), or null.</summary>
    public static string? Label(IReadOnlyList<string> labels, int? value) =>
        value is int v && v - 100_000_000 is var index && index >= 0 && index < labels.Count ? labels[index] : null;
}
