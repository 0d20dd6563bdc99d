using System;

namespace SalesGoals.Crm.Zoho.Emulator;

/// <summary>How the emulated org is set up. The credentials are test values, not secrets.</summary>
public sealed class ZohoEmulatorOptions
{
    public string ClientId { get; set; } = "1000.EMULATORCLIENT";

    public string ClientSecret { get; set; } = "emulator-client-secret";

    public string RefreshToken { get; set; } = "1000.emulator.refresh";

    /// <summary>Clock for token expiry and record times.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The org's time zone (IANA id). Zoho sends every date-time in the org's own offset, so the
    /// default is not UTC: a client that drops or misreads offsets fails against the emulator too.</summary>
    public string OrgTimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The org's home currency as <c>GET /crm/v8/org</c> gives it (iso_code, currency, currency_symbol).</summary>
    public string HomeCurrencyIsoCode { get; set; } = "USD";

    public string HomeCurrencyName { get; set; } = "US Dollar";

    public string HomeCurrencySymbol { get; set; } = "$";

    /// <summary>expires_in of minted access tokens (Zoho: 3600 s).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Answer like Zoho's accounts servers that sent <c>expires_in</c> in milliseconds with
    /// <c>expires_in_sec</c> beside it (e.g. 3600000 and 3600).</summary>
    public bool TokenExpiryInMilliseconds { get; set; }

    /// <summary>Zoho mints at most 10 access tokens per refresh token in 10 minutes.</summary>
    public int MaxTokensPerWindow { get; set; } = 10;

    public TimeSpan TokenMintWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Requests the org serves at once; one more is answered 429 (Zoho: 5–25 by edition).
    /// Null: no limit.</summary>
    public int? ConcurrencyLimit { get; set; } = 10;
}
