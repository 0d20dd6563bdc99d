using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Messaging.ServiceBus;
using K = SalesGoals.Crm.Worker.Configuration.ConfigurationKeys;

namespace SalesGoals.Crm.Worker.Configuration;

/// <summary>Checks the configuration of <c>run</c> and lists every problem at once (values of secrets are never echoed).</summary>
public static class ConfigurationValidator
{
    public static IReadOnlyList<string> Validate(IConfiguration configuration) => Validate(configuration, Hosting.WorkerConnectors.BuiltIn);

    /// <summary>As above, against the connectors the host offers (<c>Worker:Systems</c> may name only these).</summary>
    public static IReadOnlyList<string> Validate(IConfiguration configuration, IEnumerable<ConnectorModule> connectors)
    {
        ArgumentNullException.ThrowIfNull(connectors);
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        // The Dataverse section is the gateway's own (Url, Auth:*, limits): one set of settings, checked by its validator.
        problems.AddRange(DataverseWebApiOptionsValidator.Validate(configuration));
        var connection = configuration[K.ServiceBusConnectionString];
        if (string.IsNullOrWhiteSpace(connection))
        {
            problems.Add($"{K.ServiceBusConnectionString} is required (set it in the environment as ServiceBus__ConnectionString).");
        }
        else
        {
            try
            {
                ServiceBusConnectionString.Parse(connection);
            }
            catch (FormatException exception)
            {
                problems.Add($"{K.ServiceBusConnectionString} is not a Service Bus connection string: {exception.Message}");
            }
        }

        var modules = connectors.ToList();
        var systems = Systems(configuration, modules, problems);
        foreach (var key in modules.Where(m => systems.Contains(m.Name)).SelectMany(m => m.RequiredSettings))
        {
            Require(configuration, key, problems, secret: SecretKeys.IsSecret(key));
        }

        var poll = configuration[K.PollInterval];
        if (poll is not null && (!TimeSpan.TryParse(poll, CultureInfo.InvariantCulture, out var interval) || interval < TimeSpan.FromSeconds(10)))
        {
            problems.Add($"{K.PollInterval} '{poll}' must be a time span of at least 00:00:10.");
        }

        var sweep = configuration[K.SweepTime];
        if (sweep is not null && (!TimeSpan.TryParse(sweep, CultureInfo.InvariantCulture, out var time) || time < TimeSpan.Zero || time >= TimeSpan.FromDays(1)))
        {
            problems.Add($"{K.SweepTime} '{sweep}' must be a time of day from 00:00 to 23:59:59.");
        }

        var zone = configuration[K.TimeZone];
        if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            problems.Add($"{K.TimeZone} '{zone}' is not a time zone id this machine knows (e.g. Asia/Shanghai or China Standard Time).");
        }

        if (configuration[K.HealthFile] is { Length: > 0 } health && !System.IO.Directory.Exists(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(health))))
        {
            problems.Add($"{K.HealthFile} '{health}': its folder does not exist.");
        }

        if (configuration[K.ServiceBusQueueName] is { } queue && string.IsNullOrWhiteSpace(queue))
        {
            problems.Add($"{K.ServiceBusQueueName} must not be blank.");
        }

        return problems;
    }

    private static HashSet<string> Systems(IConfiguration configuration, IReadOnlyList<ConnectorModule> modules, List<string> problems)
    {
        var text = configuration[K.Systems] ?? new Hosting.WorkerOptions().Systems;
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = modules.Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var choices = string.Join(" and/or ", modules.Select(m => m.Name));
        foreach (var unknown in names.Where(n => !known.Contains(n)))
        {
            problems.Add($"{K.Systems}: unknown system '{unknown}' (use {choices}).");
        }

        if (names.Length == 0)
        {
            problems.Add($"{K.Systems} names no system (use {choices}).");
        }

        return names.Where(known.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static void Require(IConfiguration configuration, string key, List<string> problems, bool secret = false)
    {
        if (string.IsNullOrWhiteSpace(configuration[key]))
        {
            problems.Add(secret
                ? $"{key} is required; it is a secret: set it in the environment ({key.Replace(":", "__", StringComparison.Ordinal)}), never in a file in the repository."
                : $"{key} is required.");
        }
    }
}
