using System;
using System.Globalization;
using System.IO;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Hosting;

/// <summary>What a run of the command line is given: its console, configuration and (tests) connections made in code.</summary>
public sealed class CliSettings
{
    /// <summary>Tables, trees and progress go here (Spectre.Console).</summary>
    public IAnsiConsole? Console { get; init; }

    /// <summary>Error lines go here.</summary>
    public TextWriter? Error { get; init; }

    /// <summary>The same sections as the worker's run (Dataverse, ServiceBus); default: appsettings.json in the working folder + environment.</summary>
    public IConfiguration? Configuration { get; init; }

    /// <summary>Set in code (tests): the Dataverse connection to use instead of the Dataverse section.</summary>
    public DataverseWebApiOptions? Dataverse { get; init; }

    /// <summary>Set in code (tests): the Service Bus connection string to use instead of ServiceBus:ConnectionString.</summary>
    public string? ServiceBusConnectionString { get; init; }

    public CultureInfo Culture { get; init; } = CultureInfo.CurrentUICulture;

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
