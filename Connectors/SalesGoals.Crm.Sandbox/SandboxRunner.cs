using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Sandbox.Cli;

namespace SalesGoals.Crm.Sandbox;

/// <summary>The <c>sandbox</c> command: start, run the cycles, print, optionally serve until cancelled.</summary>
public static class SandboxRunner
{
    public static async Task<int> RunAsync(WorkerCommand command, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(output);
        var options = new SandboxOptions { SolutionFolder = command.SolutionFolder, AsOf = command.AsOf, DealsWeek = command.DealsWeek };
        await using var sandbox = await SandboxHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
        ReportPrinter.PrintStart(output, sandbox);
        for (var i = 0; i < command.Cycles; i++)
        {
            ReportPrinter.PrintCycle(output, await sandbox.RunCycleAsync(cancellationToken).ConfigureAwait(false));
        }

        ReportPrinter.PrintSweep(output, await sandbox.RunPaceSweepAsync(null, cancellationToken).ConfigureAwait(false));
        var (slices, last) = await sandbox.RunRecalculationAsync(sandbox.Seed.CompanyGoalId, cancellationToken).ConfigureAwait(false);
        ReportPrinter.PrintRecalculation(output, slices, last);

        if (command.KeepRunning)
        {
            output.WriteLine();
            output.WriteLine($"Serving until Ctrl+C: Service Bus {sandbox.Broker.ConnectionString.Split(';')[0]} queue '{sandbox.QueueName}', Zoho {sandbox.Zoho.BaseUrl}, Fenxiang {sandbox.Fenxiang.BaseUrl}, Dataverse Web API {sandbox.WebApi.Url}");
            var variables = await RunEnvironment.PrepareAsync(sandbox, RunEnvironment.DefaultQueueName, cancellationToken).ConfigureAwait(false);
            output.WriteLine($"To point the worker's `run` at these servers (queue '{RunEnvironment.DefaultQueueName}'; the credentials are the emulators' and this sandbox's own, valid nowhere else), in another shell:");
            foreach (var (name, value) in variables)
            {
                output.WriteLine($"  export {name}='{value}'");
            }

            output.WriteLine("  dotnet run --project Connectors/SalesGoals.Crm.Worker -- run");
            RunEnvironment.WriteConnectionFile(variables);
            output.WriteLine("The sg command line (dotnet run --project Connectors/SalesGoals.Crm.Cli -- …) uses these servers by default while this runs.");
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine("Stopping.");
            }
            finally
            {
                System.IO.File.Delete(RunEnvironment.ConnectionFile);
            }
        }

        return 0;
    }
}
