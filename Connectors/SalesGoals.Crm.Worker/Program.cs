using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Worker.Cli;
using SalesGoals.Crm.Worker.Configuration;
using SalesGoals.Crm.Worker.Sandbox;

namespace SalesGoals.Crm.Worker;

/// <summary>Entry point of the connector worker: <c>sandbox</c> (default) or <c>run</c>.</summary>
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

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        try
        {
            return command.Kind switch
            {
                CommandKind.Help => Help(),
                CommandKind.Run => RealEnvironmentRunner.Run(Configuration(args), Console.Out, Console.Error),
                _ => await SandboxRunner.RunAsync(command, Console.Out, cancellation.Token).ConfigureAwait(false),
            };
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
        catch (Exception exception)
        {
            await Console.Error.WriteLineAsync($"Worker failed unexpectedly: {exception.GetType().Name}: {exception.Message}{Environment.NewLine}{exception.StackTrace}").ConfigureAwait(false);
            return 1;
        }
    }

    private static int Help()
    {
        Console.WriteLine(CommandLine.Usage);
        return 0;
    }

    private static IConfiguration Configuration(string[] args) => new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .AddCommandLine(args.Skip(1).ToArray())
        .Build();
}
