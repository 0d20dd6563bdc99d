using System;
using Azure.Core;

namespace SalesGoals.Crm.Dataverse.WebApi.Configuration;

/// <summary>The <c>Dataverse</c> section: the environment URL, sign-in, and the client's limits.</summary>
public sealed class DataverseWebApiOptions
{
    public const string SectionName = "Dataverse";

    /// <summary>The environment URL, e.g. https://contoso.crm5.dynamics.com (the Web API is {Url}/api/data/v9.2/).</summary>
    public Uri? Url { get; set; }

    public DataverseAuthOptions Auth { get; set; } = new();

    /// <summary>Set in code only (tests, the sandbox): a credential to use instead of the one <see cref="Auth"/> describes.</summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>Requests in flight at once (Dataverse allows 52 concurrent requests per user; stay well below).</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Rows per page asked with <c>Prefer: odata.maxpagesize</c> (Dataverse's maximum is 5000).</summary>
    public int PageSize { get; set; } = 5000;

    /// <summary>Rows per UpsertMultiple / $batch request (Dataverse's $batch limit is 1000 operations).</summary>
    public int BulkChunkSize { get; set; } = 1000;

    /// <summary>Retries of a throttled (429), unavailable (503/502/504) or dropped request, each after Retry-After when given.</summary>
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>Backoff when the service gives no Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt's limit (a bulk write of 1000 rows with plug-ins can take a while).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A call's limit, retries included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>A token is renewed this long before it expires.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The Web API root: {Url}/api/data/v9.2/.</summary>
    public Uri ApiRoot => new(new Uri(Url!.GetLeftPart(UriPartial.Authority) + "/"), "api/data/v9.2/");

    /// <summary>The token scope: {Url}/.default.</summary>
    public string Scope => Url!.GetLeftPart(UriPartial.Authority) + "/.default";
}
