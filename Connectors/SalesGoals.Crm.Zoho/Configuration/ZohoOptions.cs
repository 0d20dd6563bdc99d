using System;

namespace SalesGoals.Crm.Zoho.Configuration;

/// <summary>Connection settings for one Zoho CRM org. Secrets come from configuration or the
/// environment (e.g. <c>Zoho__RefreshToken</c>), never from the repository.</summary>
public sealed class ZohoOptions
{
    public const string SectionName = "Zoho";

    /// <summary>Data centre of the org; picks the accounts host unless <see cref="AccountsUrl"/> is set.</summary>
    public ZohoDataCentre DataCentre { get; set; } = ZohoDataCentre.Us;

    /// <summary>Overrides the accounts host (the emulator, a proxy). Absolute http(s) URL.</summary>
    public Uri? AccountsUrl { get; set; }

    public string ClientId { get; set; } = string.Empty;

    public string ClientSecret { get; set; } = string.Empty;

    public string RefreshToken { get; set; } = string.Empty;

    /// <summary>Name of the org for logs and the concurrency gate (defaults to the client id).</summary>
    public string? OrgName { get; set; }

    /// <summary>Most requests in flight to this org at once; Zoho allows 5–25 by edition.</summary>
    public int MaxConcurrency { get; set; } = 5;

    /// <summary>Retries of a throttled (429) or transiently failed call before giving up.</summary>
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>First backoff delay; later ones grow exponentially with jitter (Zoho sends no Retry-After).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timeout of one attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of a call including all its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long before expiry a cached access token is renewed.</summary>
    public TimeSpan TokenRefreshSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>First pause after the token endpoint's "Access Denied" throttle; it doubles on each retry.</summary>
    public TimeSpan TokenThrottleDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many times a throttled token refresh is tried again before giving up.</summary>
    public int TokenThrottleRetries { get; set; } = 3;

    /// <summary>Layout of the Deals module whose pipelines give stage forecast types; when empty the
    /// Stage field's pick list (settings/fields) is used, which needs no layout id.</summary>
    public string? DealsLayoutId { get; set; }

    public Uri ResolveAccountsUrl() => AccountsUrl ?? ZohoAccountsHosts.For(DataCentre);

    public string OrgKey => string.IsNullOrWhiteSpace(OrgName) ? ClientId : OrgName!;
}
