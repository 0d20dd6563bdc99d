using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace SalesGoals.Crm.Zoho.Configuration;

/// <summary>Start-up validation with messages that say which key to set.</summary>
public sealed class ZohoOptionsValidator : IValidateOptions<ZohoOptions>
{
    public ValidateOptionsResult Validate(string? name, ZohoOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Zoho:ClientId is missing (set it in configuration or the Zoho__ClientId environment variable).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Zoho:ClientSecret is missing (set it in configuration or the Zoho__ClientSecret environment variable).");
        }

        if (string.IsNullOrWhiteSpace(options.RefreshToken))
        {
            failures.Add("Zoho:RefreshToken is missing (set it in configuration or the Zoho__RefreshToken environment variable).");
        }

        if (!Enum.IsDefined(options.DataCentre))
        {
            failures.Add($"Zoho:DataCentre '{options.DataCentre}' is not one of {string.Join(", ", Enum.GetNames<ZohoDataCentre>())}.");
        }

        if (options.AccountsUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            failures.Add("Zoho:AccountsUrl must be an absolute http(s) URL.");
        }

        if (options.MaxConcurrency is < 1 or > 25)
        {
            failures.Add($"Zoho:MaxConcurrency must be between 1 and 25 (Zoho's per-org limits); it is {options.MaxConcurrency}.");
        }

        if (options.MaxRetryAttempts is < 0 or > 20)
        {
            failures.Add($"Zoho:MaxRetryAttempts must be between 0 and 20; it is {options.MaxRetryAttempts}.");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero)
        {
            failures.Add("Zoho:RetryBaseDelay must be positive.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.TotalTimeout < options.AttemptTimeout)
        {
            failures.Add("Zoho:AttemptTimeout must be positive and Zoho:TotalTimeout at least as long.");
        }

        if (options.TokenThrottleDelay <= TimeSpan.Zero || options.TokenThrottleRetries is < 0 or > 6)
        {
            failures.Add("Zoho:TokenThrottleDelay must be positive and Zoho:TokenThrottleRetries between 0 and 6.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
