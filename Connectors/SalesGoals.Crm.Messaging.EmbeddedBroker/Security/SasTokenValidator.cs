using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

/// <summary>
/// Checks a Service Bus shared access signature
/// (<c>SharedAccessSignature sr=…&amp;sig=…&amp;se=…&amp;skn=…</c>) against the configured rule.
/// </summary>
internal sealed class SasTokenValidator
{
    private const string Prefix = "SharedAccessSignature ";
    private readonly string _keyName;
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public SasTokenValidator(string keyName, string key, TimeProvider time)
    {
        _keyName = keyName;
        _key = Encoding.UTF8.GetBytes(key);
        _time = time;
    }

    /// <summary>Returns the normalized audience path and the token's expiry, or throws with the reason.</summary>
    public (string AudiencePath, DateTimeOffset ExpiresAt) Validate(string token, string audience)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new TokenValidationException("The token is not a SharedAccessSignature.");
        }

        Dictionary<string, string> fields = Parse(token[Prefix.Length..]);
        if (!fields.TryGetValue("sr", out string? encodedResource) || !fields.TryGetValue("sig", out string? signature)
            || !fields.TryGetValue("se", out string? expiry) || !fields.TryGetValue("skn", out string? name))
        {
            throw new TokenValidationException("The SharedAccessSignature must carry sr, sig, se and skn.");
        }

        if (!string.Equals(name, _keyName, StringComparison.Ordinal))
        {
            throw new TokenValidationException($"Unknown SAS rule '{name}'.");
        }

        if (!long.TryParse(expiry, NumberStyles.None, CultureInfo.InvariantCulture, out long expirySeconds))
        {
            throw new TokenValidationException("The SharedAccessSignature expiry (se) is not a number.");
        }

        byte[] expected = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(encodedResource + "\n" + expiry));
        byte[] actual;
        try
        {
            actual = Convert.FromBase64String(WebUtility.UrlDecode(signature));
        }
        catch (FormatException)
        {
            throw new TokenValidationException("The SharedAccessSignature signature is not base64.");
        }

        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            throw new TokenValidationException("The SharedAccessSignature signature does not match the key of rule '" + _keyName + "'.");
        }

        DateTimeOffset expiresAt = DateTimeOffset.FromUnixTimeSeconds(expirySeconds);
        if (expiresAt <= _time.GetUtcNow())
        {
            throw new TokenValidationException("The SharedAccessSignature has expired.");
        }

        string resourcePath = AudiencePath.Normalize(WebUtility.UrlDecode(encodedResource));
        if (!AudiencePath.Covers(resourcePath, audience))
        {
            throw new TokenValidationException($"The token's resource does not cover the audience '{audience}'.");
        }

        return (AudiencePath.Normalize(audience), expiresAt);
    }

    private static Dictionary<string, string> Parse(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string part in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                fields[part[..equals]] = part[(equals + 1)..];
            }
        }

        return fields;
    }
}
