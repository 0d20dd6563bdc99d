using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;

namespace SalesGoals.Crm.Sandbox;

/// <summary>
/// What a <c>run</c> process (the deployed worker, in a process of its own) needs to work against the sandbox's servers:
/// a queue of its own with duplicate detection on (as an Azure queue is set up), Fenxiang's stage mapping as
/// <c>sg_valuemapping</c> rows (the tenant's own codes), and its environment variables.
/// </summary>
public static class RunEnvironment
{
    /// <summary>The queue <c>--keep-running</c> prepares for a <c>run</c> process.</summary>
    public const string DefaultQueueName = "salesgoals-run";

    /// <summary>sg_valuemapping.sg_kind Stage.</summary>
    public const int StageKind = 100000000;

    /// <summary>The emulated Fenxiang tenant's sales_status codes (the sandbox seeds 1 open, 2 won, 3 lost, 4 invalid).</summary>
    public static readonly IReadOnlyDictionary<string, string> FenxiangStatuses = new Dictionary<string, string>
    {
        ["1"] = "Open", ["2"] = "Won", ["3"] = "Lost", ["4"] = "Lost",
    };

    /// <summary>Adds the queue and the stage mapping rows; returns the environment variables of a <c>run</c> process.</summary>
    public static async Task<Dictionary<string, string>> PrepareAsync(SandboxHost sandbox, string queueName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        sandbox.Broker.AddQueue(new QueueOptions(queueName) { MaxDeliveryCount = 10, LockDuration = TimeSpan.FromSeconds(30), DuplicateDetectionWindow = TimeSpan.FromMinutes(10) });
        await WriteStageMappingAsync(sandbox.Dataverse, cancellationToken).ConfigureAwait(false);
        return Variables(sandbox, queueName);
    }

    /// <summary>The emulated tenant's sales_status → Open/Won/Lost map as sg_valuemapping rows (upserted by key: harmless twice).</summary>
    public static Task WriteStageMappingAsync(Worker.Dataverse.IDataverseGateway dataverse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataverse);
        return dataverse.UpsertMappingRowsAsync(new MappingRowSet([], FenxiangStatuses
            .Select(p => new ValueMappingRow(MappingOptionValues.Fenxiang, StageKind, p.Key, p.Value)).ToList(), []), cancellationToken);
    }

    /// <summary>Where <c>--keep-running</c> leaves its variables for the <c>sg</c> command line, which uses them when
    /// nothing else configures Dataverse (its <c>SandboxConnection.DefaultPath</c>; a test keeps the two equal).</summary>
    public static string ConnectionFile => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "salesgoals-sandbox", "connection.json");

    /// <summary>Writes the variables to <see cref="ConnectionFile"/>, readable by the user only (they carry the sandbox's own credentials).</summary>
    public static void WriteConnectionFile(IReadOnlyDictionary<string, string> variables, string? path = null)
    {
        path ??= ConnectionFile;
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(variables));
        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(path, System.IO.UnixFileMode.UserRead | System.IO.UnixFileMode.UserWrite);
        }
    }

    /// <summary>The environment variables (<c>Section__Key</c>) of a <c>run</c> process against the sandbox: the local
    /// Dataverse Web API signed in to as a managed identity (App Service's <c>IDENTITY_ENDPOINT</c> / <c>IDENTITY_HEADER</c>),
    /// the broker, the emulators and their (sandbox-only) credentials.</summary>
    public static Dictionary<string, string> Variables(SandboxHost sandbox, string queueName)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        return new Dictionary<string, string>
        {
            ["Dataverse__Url"] = sandbox.WebApi.Url.ToString(),
            ["Dataverse__Auth__Mode"] = "ManagedIdentity",
            ["IDENTITY_ENDPOINT"] = sandbox.WebApi.IdentityEndpoint.ToString(),
            ["IDENTITY_HEADER"] = sandbox.WebApi.IdentitySecret,
            ["ServiceBus__ConnectionString"] = sandbox.Broker.ConnectionString,
            ["ServiceBus__QueueName"] = queueName,
            ["Worker__Systems"] = "Zoho,Fenxiang",
            ["Worker__PollInterval"] = "00:00:10",
            ["Worker__DefaultCurrency"] = "CNY",
            ["Zoho__AccountsUrl"] = sandbox.Zoho.BaseUrl.ToString(),
            ["Zoho__ClientId"] = sandbox.Zoho.Options.ClientId,
            ["Zoho__ClientSecret"] = sandbox.Zoho.Options.ClientSecret,
            ["Zoho__RefreshToken"] = sandbox.Zoho.Options.RefreshToken,
            ["Fenxiang__BaseUrl"] = sandbox.Fenxiang.BaseUrl.ToString(),
            ["Fenxiang__AppId"] = sandbox.Fenxiang.Options.AppId,
            ["Fenxiang__AppSecret"] = sandbox.Fenxiang.Options.AppSecret,
            ["Fenxiang__PermanentCode"] = sandbox.Fenxiang.Options.PermanentCode,
            ["Fenxiang__AuthStyle"] = "LegacyBody",
            ["Fenxiang__ActingUserId"] = Crm.Fenxiang.Emulator.Data.EmulatedEmployee.OpenUserIdFor("1000"),
        };
    }
}
