using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Worker.Dataverse.WebApi;
using SalesGoals.Crm.Worker.Hosting;
using SalesGoals.Crm.Worker.Logging;

namespace SalesGoals.Crm.Worker.Configuration;

/// <summary>
/// The <c>run</c> command: a .NET Generic Host running the worker until SIGTERM / Ctrl+C. Configuration is validated
/// first (every problem at once, secrets refused outside the environment or a secret store); logs go to stdout with
/// secrets masked. Dataverse is reached through the Web API gateway (<c>Dataverse:Url</c>, <c>Dataverse:Auth:*</c>).
/// Exit codes: 0 stopped cleanly, 1 failed, 2 configuration invalid.
/// </summary>
public static class RealEnvironmentRunner
{
    public const int Failed = 1;
    public const int InvalidConfiguration = 2;

    /// <param name="arguments">Configuration overrides (<c>--Section:Key value</c>); secrets are refused here.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. arguments],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        var problems = ConfigurationValidator.Validate(builder.Configuration).Concat(SecretPolicy.Check(builder.Configuration)).ToList();
        if (problems.Count > 0)
        {
            await error.WriteLineAsync($"Configuration is not valid ({problems.Count} problem(s)):{string.Concat(problems.Select(p => Environment.NewLine + "  - " + p))}").ConfigureAwait(false);
            return InvalidConfiguration;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new RedactingConsoleLoggerProvider(SecretRedactor.From(builder.Configuration), output));

        // Every HTTP request and Polly attempt at Information would drown the worker's own lines.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Services.AddSalesGoalsWorker(builder.Configuration);
        builder.Services.AddDataverseGateway(builder.Configuration);
        builder.Services.AddSystemd();
        builder.Services.AddWindowsService();
        using var host = builder.Build();
        return await RunHostAsync(host, error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a built worker host until it is stopped; 0 when every service ended cleanly.</summary>
    public static async Task<int> RunHostAsync(IHost host, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            // Not host.RunAsync: it disposes the host, and the services are inspected below for how they ended.
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync($"Configuration is not valid ({exception.Failures.Count()} problem(s)):{string.Concat(exception.Failures.Select(p => Environment.NewLine + "  - " + p))}").ConfigureAwait(false);
            return InvalidConfiguration;
        }

        var crashed = host.Services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Where(s => s.ExecuteTask is { IsFaulted: true }).ToList();
        foreach (var service in crashed)
        {
            await error.WriteLineAsync($"{service.GetType().Name} failed: {service.ExecuteTask!.Exception?.GetBaseException().Message}").ConfigureAwait(false);
        }

        return crashed.Count == 0 ? 0 : Failed;
    }
}
