using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Worker.Configuration;

namespace SalesGoals.Crm.Worker;

/// <summary>Entry point of the connector worker: <c>run</c>, the long-running worker (a Generic Host).</summary>
public static class Program
{
    public const string Usage = """
        Usage:
          SalesGoals.Crm.Worker run [--Section:Key value]...
              The long-running worker: configuration from appsettings.json, environment variables (Section__Key) and
              non-secret overrides on the command line; runs until SIGTERM / Ctrl+C. Exit codes: 0 stopped cleanly,
              1 a service failed, 2 configuration invalid or bad command line.
          SalesGoals.Crm.Worker --help
        The local sandbox is a project of its own: dotnet run --project Connectors/SalesGoals.Crm.Sandbox
        """;

    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case "run":
                // The Generic Host handles SIGTERM and Ctrl+C itself: it drains in-flight messages, then returns.
                return await RealEnvironmentRunner.RunAsync(args.Skip(1).ToArray(), Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
            case "--help" or "-h" or "help":
                Console.WriteLine(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync((args.Length == 0 ? "No command given." : $"Unknown command '{args[0]}'.") + Environment.NewLine + Usage).ConfigureAwait(false);
                return RealEnvironmentRunner.InvalidConfiguration;
        }
    }
}
