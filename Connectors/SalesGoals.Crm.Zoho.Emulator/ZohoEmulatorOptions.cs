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

    /// <summary>expires_in of minted access tokens (Zoho: 3600 s).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Zoho mints at most 10 access tokens per refresh token in 10 minutes.</summary>
    public int MaxTokensPerWindow { get; set; } = 10;

    public TimeSpan TokenMintWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Requests the org serves at once; one more is answered 429 (Zoho: 5–25 by edition).
    /// Null: no limit.</summary>
    public int? ConcurrencyLimit { get; set; } = 10;
}
