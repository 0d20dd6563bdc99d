using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Dataverse.WebApi.DependencyInjection;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Testing;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Hosting;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>
/// A fresh sandbox (broker, emulators, local Dataverse with sample data; none of its cycles run) and worker hosts
/// configured as <c>run</c> would be, each consuming a queue of their own with duplicate detection on. The
/// Dataverse gateway is the sandbox's: the Web API gateway over HTTP to the local Web API.
/// </summary>
internal sealed class WorkerEnvironment : IAsyncDisposable
{
    private readonly List<IHost> _hosts = [];

    private readonly Dictionary<string, string> _runVariables;

    private WorkerEnvironment(SandboxHost sandbox, string queue, Dictionary<string, string> runVariables)
    {
        Sandbox = sandbox;
        QueueName = queue;
        _runVariables = runVariables;
    }

    public SandboxHost Sandbox { get; }

    public string QueueName { get; }

    public static async Task<WorkerEnvironment> StartAsync(SandboxOptions? options = null)
    {
        var sandbox = await SandboxHost.StartAsync(options ?? new SandboxOptions());
        var queue = "worker-" + Guid.NewGuid().ToString("N")[..8];
        var variables = await RunEnvironment.PrepareAsync(sandbox, queue, CancellationToken.None);
        return new WorkerEnvironment(sandbox, queue, variables);
    }

    /// <summary>Configuration as the environment variables of <c>run</c> would give it.</summary>
    public Dictionary<string, string?> Settings(string instance) => new()
    {
        ["ServiceBus:ConnectionString"] = Sandbox.Broker.ConnectionString,
        ["ServiceBus:QueueName"] = QueueName,
        ["Worker:Systems"] = "Zoho,Fenxiang",
        ["Worker:PollInterval"] = "00:00:02",
        ["Worker:InstanceName"] = instance,
        ["Worker:ShutdownGracePeriod"] = "00:00:05",
        ["Worker:DefaultCurrency"] = "CNY",
        ["Zoho:AccountsUrl"] = Sandbox.Zoho.BaseUrl.ToString(),
        ["Zoho:ClientId"] = Sandbox.Zoho.Options.ClientId,
        ["Zoho:ClientSecret"] = Sandbox.Zoho.Options.ClientSecret,
        ["Zoho:RefreshToken"] = Sandbox.Zoho.Options.RefreshToken,
        ["Zoho:RetryBaseDelay"] = "00:00:00.050",
        ["Fenxiang:BaseUrl"] = Sandbox.Fenxiang.BaseUrl.ToString(),
        ["Fenxiang:AppId"] = Sandbox.Fenxiang.Options.AppId,
        ["Fenxiang:AppSecret"] = Sandbox.Fenxiang.Options.AppSecret,
        ["Fenxiang:PermanentCode"] = Sandbox.Fenxiang.Options.PermanentCode,
        ["Fenxiang:AuthStyle"] = "LegacyBody",
        ["Fenxiang:ActingUserId"] = SalesGoals.Crm.Fenxiang.Emulator.Data.EmulatedEmployee.OpenUserIdFor("1000"),
        ["Fenxiang:TokenCallMinInterval"] = "00:00:00",
        ["Fenxiang:EndpointSpacing"] = "00:00:00",
        ["Fenxiang:RetryBaseDelay"] = "00:00:00.050",
        ["Fenxiang:Adapter:ReadSettleTime"] = "00:00:01",

        // Alert delivery is off unless a test is about it: its scans would add work to the queue and the emulators.
        ["Alerts:Enabled"] = "false",
    };

    /// <summary>The environment variables of a <c>run</c> process against this sandbox: its broker queue, the emulators,
    /// and the local Dataverse Web API signed in to as a managed identity (App Service's IDENTITY_ENDPOINT / IDENTITY_HEADER).</summary>
    public Dictionary<string, string> ProcessVariables(string instance, string healthFile, Action<Dictionary<string, string>>? change = null)
    {
        var variables = new Dictionary<string, string>(_runVariables)
        {
            ["Worker__InstanceName"] = instance,
            ["Worker__HealthFile"] = healthFile,
            ["Worker__HealthInterval"] = "00:00:01",
            ["Worker__ShutdownGracePeriod"] = "00:00:05",
            ["Zoho__RetryBaseDelay"] = "00:00:00.050",
            ["Fenxiang__TokenCallMinInterval"] = "00:00:00",
            ["Fenxiang__EndpointSpacing"] = "00:00:00",
            ["Fenxiang__RetryBaseDelay"] = "00:00:00.050",
            ["Fenxiang__Adapter__ReadSettleTime"] = "00:00:01",
        };
        change?.Invoke(variables);
        return variables;
    }

    /// <param name="connectors">The connectors the host offers (the worker's built-in ones when null).</param>
    public async Task<IHost> StartWorkerAsync(string instance, Action<Dictionary<string, string?>>? change = null, IEnumerable<ConnectorModule>? connectors = null)
    {
        var settings = Settings(instance);
        change?.Invoke(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSalesGoalsWorker(builder.Configuration, connectors ?? WorkerConnectors.BuiltIn);
        builder.Services.AddDataverseWebApi(new DataverseWebApiOptions { Url = Sandbox.WebApi.Url, Credential = Sandbox.WebApi.CreateCredential() });
        builder.Services.AddSingleton<IDataverseGateway>(Sandbox.Dataverse);
        var host = builder.Build();
        await host.StartAsync();
        _hosts.Add(host);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.StopAsync();
            host.Dispose();
        }

        await Sandbox.DisposeAsync();
    }

    /// <summary>Polls until <paramref name="done"/> holds, failing after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> done, TimeSpan timeout, Func<string> what)
    {
        if (!await Poll.UntilAsync(done, timeout, TimeSpan.FromMilliseconds(50)))
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Not within {timeout.TotalSeconds:0} s: {what()}"));
        }
    }
}
