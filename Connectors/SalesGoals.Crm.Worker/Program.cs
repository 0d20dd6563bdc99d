using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Worker.Cli;
using SalesGoals.Crm.Worker.Configuration;
using SalesGoals.Crm.Worker.Sandbox;

namespace SalesGoals.Crm.Worker;

/// <summary>Entry point of the connector worker: <c>run</c> (the long-running worker) or <c>sandbox</c> (the default).</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        WorkerCommand command;
        try
        {
            command = CommandLine.Parse(args);
        }
        catch (CommandLineException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message + Environment.NewLine + CommandLine.Usage).ConfigureAwait(false);
            return 2;
        }

        return command.Kind switch
        {
            CommandKind.Help => Help(),

            // The Generic Host handles SIGTERM and Ctrl+C itself: it drains in-flight messages, then returns.
            CommandKind.Run => await RealEnvironmentRunner.RunAsync(args.Skip(1).ToArray(), Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false),
            _ => await SandboxAsync(command).ConfigureAwait(false),
        };
    }

    private static int Help()
    {
        Console.WriteLine(CommandLine.Usage);
        return 0;
    }

    private static async Task<int> SandboxAsync(WorkerCommand command)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        try
        {
            return await SandboxRunner.RunAsync(command, Console.Out, cancellation.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is SandboxException or DirectoryNotFoundException)
        {
            await Console.Error.WriteLineAsync("Sandbox failed: " + exception.Message).ConfigureAwait(false);
            return 1;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return 130;
        }
    }
}
