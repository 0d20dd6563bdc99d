using System;
using System.Buffers.Text;
using System.Text.Json;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

/// <summary>
/// Accepts a JWT whose <c>aud</c> claim equals the configured audience and whose <c>exp</c> is in the
/// future. The signature is not checked: this stands in for Entra ID in tests only.
/// </summary>
internal sealed class JwtAudienceValidator
{
    private readonly string? _acceptedAudience;
    private readonly TimeProvider _time;

    public JwtAudienceValidator(string? acceptedAudience, TimeProvider time)
    {
        _acceptedAudience = acceptedAudience;
        _time = time;
    }

    public (string AudiencePath, DateTimeOffset ExpiresAt) Validate(string token, string audience)
    {
        if (_acceptedAudience is null)
        {
            throw new TokenValidationException("JWT tokens are not accepted by this broker.");
        }

        string[] parts = token.Split('.');
        if (parts.Length != 3)
        {
            throw new TokenValidationException("The token is not a JWT.");
        }

        JsonElement payload;
        try
        {
            payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            throw new TokenValidationException("The JWT payload cannot be read.");
        }

        string? aud = payload.TryGetProperty("aud", out JsonElement audElement) ? audElement.GetString() : null;
        if (!string.Equals(aud?.TrimEnd('/'), _acceptedAudience.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            throw new TokenValidationException($"The JWT audience '{aud}' is not accepted.");
        }

        if (!payload.TryGetProperty("exp", out JsonElement expElement) || !expElement.TryGetInt64(out long exp))
        {
            throw new TokenValidationException("The JWT has no expiry.");
        }

        DateTimeOffset expiresAt = DateTimeOffset.FromUnixTimeSeconds(exp);
        if (expiresAt <= _time.GetUtcNow())
        {
            throw new TokenValidationException("The JWT has expired.");
        }

        return (AudiencePath.Normalize(audience), expiresAt);
    }
}
