using System;
using System.Linq;

namespace SalesGoals.Crm.Worker.Configuration;

/// <summary>Which configuration keys hold secrets: told by how the key's last segment ends, so a new connector's
/// <c>…:ClientSecret</c> or <c>…:ApiToken</c> is covered without being listed here.</summary>
public static class SecretKeys
{
    // Suffixes, not substrings: Fenxiang:TokenCallMinInterval is a setting, Zoho:RefreshToken a secret.
    private static readonly string[] Markers = ["secret", "password", "connectionstring", "token", "permanentcode", "accesskey", "apikey"];

    public static bool IsSecret(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var last = key[(key.LastIndexOf(':') + 1)..].ToLowerInvariant();
        return Markers.Any(m => last.EndsWith(m, StringComparison.Ordinal));
    }

    /// <summary>The environment variable that sets <paramref name="key"/> (<c>Section__Key</c>).</summary>
    public static string EnvironmentName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Replace(":", "__", StringComparison.Ordinal);
    }
}
