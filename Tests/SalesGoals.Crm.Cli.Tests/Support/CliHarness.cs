using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.WebApi;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.SolutionModel.Reading;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Tests.Support;

/// <summary>
/// A local Dataverse loaded from Solution/ with the plug-ins, served over HTTP on loopback by the local Web API, and
/// (on request) an embedded Service Bus broker; <see cref="RunAsync"/> drives the CLI's command pipeline against them
/// and captures what a user would see.
/// </summary>
internal sealed class CliHarness : IAsyncDisposable
{
    public const string QueueName = "salesgoals-events";

    private CliHarness()
    {
    }

    public LocalDataverseEnvironment Environment { get; private set; } = null!;

    public LocalDataverseWebApi Api { get; private set; } = null!;

    public EmbeddedServiceBusBroker? Broker { get; private set; }

    public Guid Cny { get; private set; }

    /// <summary>The user the CLI acts as (a goal manager).</summary>
    public Guid Operator { get; private set; }

    public static async Task<CliHarness> StartAsync(bool withBroker = false)
    {
        var folder = SolutionLocator.Locate(null, AppContext.BaseDirectory);
        var harness = new CliHarness
        {
            Environment = new LocalDataverseBuilder()
                .WithSolutionFolder(folder)
                .WithPluginAssembly(typeof(SalesGoals.Crm.Plugins.Infrastructure.PluginBase).Assembly)
                .Build(),
        };
        harness.Cny = harness.Environment.Seed.Currency("CNY", 1m, isBase: true);
        // The CLI signs in as an application user holding the Sales Goal Manager role, as an ops deployment would.
        harness.Operator = harness.Environment.Seed.User("Sales Ops", languageId: 1033);
        harness.Environment.Seed.AssignRole(harness.Operator, "Sales Goal Manager");
        harness.Api = await LocalDataverseWebApi.StartAsync(
            harness.Environment,
            SolutionReader.Load(folder).CustomApis,
            new Crm.LocalDataverse.WebApi.Hosting.LocalWebApiOptions { CallerId = harness.Operator });
        if (withBroker)
        {
            var options = new EmbeddedBrokerOptions();
            options.Queues.Add(new QueueOptions(QueueName) { MaxDeliveryCount = 3 });
            harness.Broker = await EmbeddedServiceBusBroker.StartAsync(options);
            // Where the solution's service endpoint posts goal events, as the admin sets it after import.
            harness.SetEnvironmentVariable("sg_ServiceBusEndpoint", $"sb://127.0.0.1/{QueueName}");
        }

        return harness;
    }

    /// <summary>Gives an environment variable of the solution its current value (an environmentvariablevalue row).</summary>
    public void SetEnvironmentVariable(string schemaName, string value)
    {
        var service = Environment.ServiceFactory.CreateOrganizationService(null);
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression("environmentvariabledefinition") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(false) };
        query.Criteria.AddCondition("schemaname", Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, schemaName);
        var definition = service.RetrieveMultiple(query).Entities[0];
        var values = new Microsoft.Xrm.Sdk.Query.QueryExpression("environmentvariablevalue") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(false) };
        values.Criteria.AddCondition("environmentvariabledefinitionid", Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, definition.Id);
        var existing = service.RetrieveMultiple(values).Entities;
        if (existing.Count > 0)
        {
            service.Update(new Microsoft.Xrm.Sdk.Entity("environmentvariablevalue", existing[0].Id) { ["value"] = value });
            return;
        }

        service.Create(new Microsoft.Xrm.Sdk.Entity("environmentvariablevalue")
        {
            ["schemaname"] = schemaName,
            ["value"] = value,
            ["environmentvariabledefinitionid"] = definition.ToEntityReference(),
        });
    }

    public DataverseWebApiOptions DataverseOptions() => new()
    {
        Url = Api.Url,
        Credential = Api.CreateCredential(),
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryAttempts = 1,
    };

    /// <summary>Runs the command line in process: the exit code and what went to the console and to stderr.</summary>
    public Task<CliRun> RunAsync(params string[] args) => RunInAsync(CultureInfo.GetCultureInfo("en-US"), args);

    public Task<CliRun> RunInAsync(CultureInfo culture, params string[] args) => RunConfiguredAsync(culture, [], args);

    /// <summary>Runs with extra configuration (e.g. the Zoho and Fenxiang sections), as appsettings.json would give it.</summary>
    public Task<CliRun> RunConfiguredAsync(CultureInfo culture, IEnumerable<KeyValuePair<string, string?>> configuration, params string[] args) =>
        RunWithAsync(new CliSettings
        {
            Dataverse = DataverseOptions(),
            ServiceBusConnectionString = Broker?.ConnectionString,
            Configuration = new ConfigurationBuilder().AddInMemoryCollection([new("ServiceBus:QueueName", QueueName), .. configuration]).Build(),
            Culture = culture,
        }, args);

    /// <summary>Runs the pipeline against a Dataverse given in code (e.g. one that has been stopped).</summary>
    public static Task<CliRun> RunWithDataverseAsync(DataverseWebApiOptions dataverse, params string[] args) =>
        RunWithAsync(new CliSettings { Dataverse = dataverse, Configuration = new ConfigurationBuilder().Build(), Culture = CultureInfo.GetCultureInfo("en-US") }, args);

    /// <summary>Runs the pipeline with no connection at all (offline commands, usage errors).</summary>
    public static Task<CliRun> RunOfflineAsync(CultureInfo culture, params string[] args) =>
        RunWithAsync(new CliSettings { Configuration = new ConfigurationBuilder().Build(), Culture = culture }, args);

    private static async Task<CliRun> RunWithAsync(CliSettings settings, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var code = await CliApplication.InvokeAsync(args, new CliSettings
        {
            Console = console,
            Error = error,
            Configuration = settings.Configuration,
            Dataverse = settings.Dataverse,
            ServiceBusConnectionString = settings.ServiceBusConnectionString,
            Culture = settings.Culture,
        }, timeout.Token);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await Api.DisposeAsync();
        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }
    }
}
