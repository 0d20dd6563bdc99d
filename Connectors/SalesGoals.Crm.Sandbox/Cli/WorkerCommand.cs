using System;

namespace SalesGoals.Crm.Sandbox.Cli;

/// <summary>A parsed command line.</summary>
public sealed record WorkerCommand(CommandKind Kind)
{
    public string? SolutionFolder { get; init; }

    public DateOnly? AsOf { get; init; }

    public int Cycles { get; init; } = 1;

    public bool KeepRunning { get; init; }

    /// <summary>The Monday of the ISO week given with <c>--deals-week</c>.</summary>
    public DateOnly? DealsWeek { get; init; }
}
