using System;
using System.Collections.Generic;
using System.Globalization;

namespace SalesGoals.Crm.Sandbox.Cli;

/// <summary>Parses <c>[sandbox] [--solution folder] [--as-of yyyy-MM-dd] [--deals-week yyyy-Www] [--cycles N] [--keep-running]</c>.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage:
          SalesGoals.Crm.Sandbox [sandbox] [--solution <folder>] [--as-of yyyy-MM-dd] [--deals-week yyyy-Www] [--cycles N] [--keep-running]
              Runs everything locally: embedded Service Bus, Zoho and Fenxiang emulators, local Dataverse with the plug-ins
              and its Web API, and the worker's queue handlers; --keep-running then serves them and prints the environment
              variables that point the worker's `run` (SalesGoals.Crm.Worker) at them.
              --deals-week 2026-W48 also wins a week of deals, Monday to Friday of that ISO week, for the example plan's
              reps: 8 opportunities in Dataverse (with product lines), 2 in Zoho, 2 in Fenxiang; --as-of defaults to
              that Friday and may not be earlier.
          Exit codes: 0 done, 1 the sandbox failed, 2 bad command line.
          SalesGoals.Crm.Sandbox --help
        """;

    public static WorkerCommand Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            return new WorkerCommand(CommandKind.Sandbox);
        }

        var command = args[0] switch
        {
            "sandbox" => new WorkerCommand(CommandKind.Sandbox),
            "--help" or "-h" or "help" => new WorkerCommand(CommandKind.Help),

            // "sandbox" is the only command, so it may be left out: the options come first.
            var option when option.StartsWith("--", StringComparison.Ordinal) => new WorkerCommand(CommandKind.Sandbox),
            var other => throw new CommandLineException($"Unknown command '{other}'."),
        };
        if (command.Kind != CommandKind.Sandbox)
        {
            return command;
        }

        for (var i = args[0] == "sandbox" ? 1 : 0; i < args.Count; i++)
        {
            command = args[i] switch
            {
                "--solution" => command with { SolutionFolder = Value(args, ref i) },
                "--as-of" => command with { AsOf = Date(Value(args, ref i)) },
                "--cycles" => command with { Cycles = Cycles(Value(args, ref i)) },
                "--keep-running" => command with { KeepRunning = true },
                "--deals-week" => command with { DealsWeek = Week(Value(args, ref i)) },
                var other => throw new CommandLineException($"Unknown sandbox option '{other}'."),
            };
        }

        return WithWeek(command);
    }

    // The week's deals are won by its Friday, so "today" is that Friday unless given, and never before it.
    private static WorkerCommand WithWeek(WorkerCommand command)
    {
        if (command.DealsWeek is not DateOnly monday)
        {
            return command;
        }

        var friday = monday.AddDays(4);
        if (command.AsOf is DateOnly asOf && asOf < friday)
        {
            throw new CommandLineException(string.Create(CultureInfo.InvariantCulture,
                $"--as-of {asOf:yyyy-MM-dd} is before the end of --deals-week {WeekOfDeals.Label(monday)} ({friday:yyyy-MM-dd}): the week's deals would be won in the future."));
        }

        return command with { AsOf = command.AsOf ?? friday };
    }

    private static DateOnly Week(string text) =>
        WeekOfDeals.ParseWeek(text)
            ?? throw new CommandLineException($"--deals-week '{text}' is not an ISO week in the form yyyy-Www (e.g. 2026-W48).");

    private static string Value(IReadOnlyList<string> args, ref int index)
    {
        var option = args[index];
        if (++index >= args.Count || args[index].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CommandLineException($"{option} needs a value.");
        }

        return args[index];
    }

    private static DateOnly Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CommandLineException($"--as-of '{text}' is not a date in the form yyyy-MM-dd.");

    private static int Cycles(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cycles) && cycles is >= 1 and <= 1000
            ? cycles
            : throw new CommandLineException($"--cycles '{text}' must be a whole number from 1 to 1000.");
}
