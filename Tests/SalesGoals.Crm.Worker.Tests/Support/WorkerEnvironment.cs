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
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Hosting;
using SalesGoals.Crm.Worker.Sandbox;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>
/// A fresh sandbox (broker, emulators, local Dataverse with sample data; none of its cycles run) and worker hosts
/// configured as <c>run</c> would be, each consuming a queue of their own with duplicate detection on. The
/// Dataverse gateway is the in-process one until the Web API gateway lands.
/// </summary>
internal sealed class WorkerEnvironment : IAsyncDisposable
{
    /// <summary>sg_kind Stage.</summary>
    public const int StageKind = 100000000;

    /// <summary>The emulated tenant's sales_status codes (the sandbox seeds 1 open, 2 won, 3 lost, 4 invalid).</summary>
    public static readonly IReadOnlyDictionary<string, string> FenxiangStatuses = new Dictionary<string, string>
    {
        ["1"] = "Open", ["2"] = "Won", ["3"] = "Lost", ["4"] = "Lost",
    };

    private readonly List<IHost> _hosts = [];

    private WorkerEnvironment(SandboxHost sandbox, string queue)
    {
        Sandbox = sandbox;
        QueueName = queue;
    }

    public SandboxHost Sandbox { get; }

    public string QueueName { get; }

    public static async Task<WorkerEnvironment> StartAsync()
    {
        var sandbox = await SandboxHost.StartAsync(new SandboxOptions());
        var queue = "worker-" + Guid.NewGuid().ToString("N")[..8];
        sandbox.Broker.AddQueue(new QueueOptions(queue) { MaxDeliveryCount = 10, LockDuration = TimeSpan.FromSeconds(30), DuplicateDetectionWindow = TimeSpan.FromMinutes(10) });

        // Fenxiang's sales_status codes are the tenant's own, so ops map them (as sg_valuemapping rows, kind Stage).
        await sandbox.Dataverse.UpsertMappingRowsAsync(new MappingRowSet([], FenxiangStatuses
            .Select(p => new ValueMappingRow(MappingOptionValues.Fenxiang, StageKind, p.Key, p.Value)).ToList(), []), CancellationToken.None);
        return new WorkerEnvironment(sandbox, queue);
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
    };

    /// <summary>The environment variables of a <c>run</c> process against this sandbox: its broker queue, the emulators,
    /// and the local Dataverse Web API signed in to as a managed identity (App Service's IDENTITY_ENDPOINT / IDENTITY_HEADER).</summary>
    public Dictionary<string, string> ProcessVariables(string instance, string healthFile, Action<Dictionary<string, string?>>? change = null)
    {
        var settings = Settings(instance);
        settings["Worker:PollInterval"] = "00:00:10";
        settings["Worker:HealthFile"] = healthFile;
        settings["Worker:HealthInterval"] = "00:00:01";
        settings["Dataverse:Url"] = Sandbox.WebApi.Url.ToString();
        settings["Dataverse:Auth:Mode"] = "ManagedIdentity";
        change?.Invoke(settings);
        var variables = settings.Where(p => p.Value is not null).ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value!);
        variables["IDENTITY_ENDPOINT"] = Sandbox.WebApi.IdentityEndpoint.ToString();
        variables["IDENTITY_HEADER"] = Sandbox.WebApi.IdentitySecret;
        return variables;
    }

    public async Task<IHost> StartWorkerAsync(string instance, Action<Dictionary<string, string?>>? change = null)
    {
        var settings = Settings(instance);
        change?.Invoke(settings);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSalesGoalsWorker(builder.Configuration);
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
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            if (watch.Elapsed > timeout)
            {
                Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"Not within {timeout.TotalSeconds:0} s: {what()}"));
            }

            await Task.Delay(50);
        }
    }
}
