using System;

namespace SalesGoals.Crm.Fenxiang.Configuration;

/// <summary>Connection settings for one Fenxiang enterprise. Secrets come from configuration or the
/// environment (e.g. <c>Fenxiang__AppSecret</c>), never from the repository.</summary>
public sealed class FenxiangOptions
{
    public const string SectionName = "Fenxiang";

    /// <summary>API gateway, e.g. https://open.fxiaoke.com or another cloud's open-… host.</summary>
    public Uri? BaseUrl { get; set; } = new("https://open.fxiaoke.com");

    public string AppId { get; set; } = "";

    public string AppSecret { get; set; } = "";

    public string PermanentCode { get; set; } = "";

    public FenxiangAuthStyle AuthStyle { get; set; } = FenxiangAuthStyle.LegacyBody;

    /// <summary>The CRM user the integration acts as: a plain employee id ("1000") with header
    /// authentication, an FSUID_… with legacy body authentication. Usually a CRM administrator.</summary>
    public string ActingUserId { get; set; } = "";

    /// <summary>Token lifetime the client trusts at most; Fenxiang hands out the same token for 6600 s.</summary>
    public TimeSpan TokenReuseWindow { get; set; } = TimeSpan.FromSeconds(6600);

    /// <summary>Refresh this long before the token's own expiry.</summary>
    public TimeSpan TokenExpiryMargin { get; set; } = TimeSpan.FromSeconds(600);

    /// <summary>Minimum gap between two token calls (the endpoint allows about 10 a minute).</summary>
    public TimeSpan TokenCallMinInterval { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>Minimum gap between two calls to the same endpoint (Fenxiang asks for ≥ 0.2 s in bulk loops).</summary>
    public TimeSpan EndpointSpacing { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Most requests in flight at once, across endpoints.</summary>
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>Retries after the first attempt for retryable and throttling answers.</summary>
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>First backoff delay; it doubles each attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Ceiling for one backoff delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for one attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
