using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;

namespace SalesGoals.Crm.Worker.Configuration;

/// <summary>
/// Secrets come only from the environment or a secret store (user secrets, Key Vault, …): a secret found in a
/// configuration file (appsettings.json) or on the command line is refused, since files get committed and command
/// lines are visible to every user of the machine (ps). Values are never echoed.
/// </summary>
public static class SecretPolicy
{
    public static IReadOnlyList<string> Check(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration is not IConfigurationRoot root)
        {
            return [];
        }

        var problems = new List<string>();
        foreach (var provider in root.Providers)
        {
            var where = provider switch
            {
                FileConfigurationProvider file when !IsSecretStore(file) => file.Source.Path ?? "a configuration file",
                CommandLineConfigurationProvider => "the command line",
                _ => null,
            };
            if (where is null)
            {
                continue;
            }

            foreach (var key in Keys(provider, null).Where(SecretKeys.IsSecret).Order(StringComparer.OrdinalIgnoreCase))
            {
                if (provider.TryGet(key, out var value) && !string.IsNullOrEmpty(value))
                {
                    problems.Add($"{key} is a secret and is set in {where}: remove it there and set it in the environment ({SecretKeys.EnvironmentName(key)}) or a secret store.");
                }
            }
        }

        return problems;
    }

    // User secrets are a JSON file too, but one kept outside the repository in the user's profile: a secret store.
    private static bool IsSecretStore(FileConfigurationProvider file) =>
        string.Equals(file.Source.Path, "secrets.json", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Keys(IConfigurationProvider provider, string? parent)
    {
        foreach (var child in provider.GetChildKeys([], parent).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var path = parent is null ? child : ConfigurationPath.Combine(parent, child);
            yield return path;
            foreach (var nested in Keys(provider, path))
            {
                yield return nested;
            }
        }
    }
}
