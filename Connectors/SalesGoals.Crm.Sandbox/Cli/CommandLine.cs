using System;
using System.Collections.Generic;
using System.Globalization;

namespace SalesGoals.Crm.Sandbox.Cli;

/// <summary>Parses <c>[sandbox] [--solution folder] [--as-of yyyy-MM-dd] [--cycles N] [--keep-running]</c>.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage:
          SalesGoals.Crm.Sandbox [sandbox] [--solution <folder>] [--as-of yyyy-MM-dd] [--cycles N] [--keep-running]
              Runs everything locally: embedded Service Bus, Zoho and Fenxiang emulators, local Dataverse with the plug-ins
              and its Web API, and the worker's queue handlers; --keep-running then serves them and prints the environment
              variables that point the worker's `run` (SalesGoals.Crm.Worker) at them.
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
                var other => throw new CommandLineException($"Unknown sandbox option '{other}'."),
            };
        }

        return command;
    }

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
