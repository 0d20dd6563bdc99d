using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Worker.Configuration;

namespace SalesGoals.Crm.Worker.Logging;

/// <summary>Removes secrets from log text: every configured secret value, and the shapes tokens travel in
/// (SAS keys and signatures, bearer and Zoho OAuth headers, access/refresh tokens and app secrets in JSON or query strings).</summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "***";
    private readonly IReadOnlyList<string> _values;

    public SecretRedactor(IEnumerable<string> secretValues)
    {
        ArgumentNullException.ThrowIfNull(secretValues);

        // Longest first, so a secret containing another is masked whole; very short values would mask ordinary words.
        _values = secretValues.Where(v => v.Length >= 6).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToList();
    }

    public static SecretRedactor From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var values = configuration.AsEnumerable()
            .Where(pair => pair.Value is not null && SecretKeys.IsSecret(pair.Key))
            .SelectMany(pair => Parts(pair.Value!));
        return new SecretRedactor(values);
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var value in _values)
        {
            text = text.Replace(value, Mask, StringComparison.Ordinal);
        }

        return Shapes().Replace(text, match => match.Groups["name"].Value + Mask);
    }

    // A connection string's key is a secret on its own too (it may be logged without the rest).
    private static IEnumerable<string> Parts(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0].Contains("Key", StringComparison.OrdinalIgnoreCase))
            .Select(pair => pair[1])
            .Append(value);

    [GeneratedRegex("""(?<name>(?:SharedAccessKey=|sig=|Bearer |Zoho-oauthtoken |"?(?:access_token|refresh_token|accessToken|corpAccessToken|appSecret|client_secret|permanentCode)"?\s*[:=]\s*"?))[^;&"\s,}]+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shapes();
}
