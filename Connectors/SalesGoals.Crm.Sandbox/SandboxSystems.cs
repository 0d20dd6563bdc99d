using System;
using System.Collections.Generic;
using System.Globalization;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Data;

namespace SalesGoals.Crm.Sandbox;

/// <summary>The emulated tenants' admin accounts and the configuration of the sandbox's in-process worker: what
/// <c>run</c> would be given in the environment to reach the sandbox's servers, tuned for quick loopback cycles.</summary>
internal static class SandboxSystems
{
    public const string FenxiangAdminId = "1000";

    /// <summary>The Fenxiang administrator the worker acts as (data permissions follow the acting user).</summary>
    public static void AddFenxiangAdmin(FenxiangEmulator fenxiang) =>
        fenxiang.Tenant.AddEmployee(new EmulatedEmployee(FenxiangAdminId, "管理员", "13800000000", "admin@example.com"));

    /// <summary><c>run</c>'s variables for the sandbox (as configuration keys), with no schedules: the sandbox queues each cycle itself.</summary>
    public static Dictionary<string, string?> WorkerSettings(SandboxHost sandbox, string queueName, int sweepPageSize)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in RunEnvironment.Variables(sandbox, queueName))
        {
            settings[name.Replace("__", ":", StringComparison.Ordinal)] = value;
        }

        settings["Worker:Schedules"] = "false";
        settings["Worker:InstanceName"] = "sandbox";
        settings["Worker:MaxConcurrency"] = "2";
        settings["Worker:MaxAttempts"] = "3";
        settings["Worker:ShutdownGracePeriod"] = "00:00:05";
        settings["Worker:SweepPageSize"] = sweepPageSize.ToString(CultureInfo.InvariantCulture);
        settings["Zoho:OrgName"] = "sandbox";
        settings["Zoho:RetryBaseDelay"] = "00:00:00.050";
        settings["Fenxiang:TokenCallMinInterval"] = "00:00:00";
        settings["Fenxiang:EndpointSpacing"] = "00:00:00";
        settings["Fenxiang:RetryBaseDelay"] = "00:00:00.050";

        // Seeded deals were changed moments ago, so a short settle allowance reads them all in the first cycle.
        settings["Fenxiang:Adapter:ReadSettleTime"] = "00:00:01";
        return settings;
    }
}
