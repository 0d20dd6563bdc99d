using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Sandbox.Cli;

namespace SalesGoals.Crm.Sandbox;

/// <summary>Entry point of the sandbox: everything local, sample data, one or more cycles of the worker's handlers.</summary>
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

        // SIGTERM (kill, a container runtime, systemd) stops the sandbox as Ctrl+C does. Without this the servers' own
        // console lifetimes stopped them one by one and left this process serving nothing, its connection file behind.
        using var terminate = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            cancellation.Cancel();
        });
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
