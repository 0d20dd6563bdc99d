using System;
using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace SalesGoals.Crm.Fenxiang.Configuration;

/// <summary>Start-up validation: every problem is listed, secrets are never echoed.</summary>
public sealed class FenxiangOptionsValidator : IValidateOptions<FenxiangOptions>
{
    public ValidateOptionsResult Validate(string? name, FenxiangOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.BaseUrl is null || !options.BaseUrl.IsAbsoluteUri || options.BaseUrl.Scheme is not ("https" or "http"))
        {
            problems.Add("Fenxiang:BaseUrl must be an absolute http(s) URL of the OpenAPI gateway (e.g. https://open.fxiaoke.com).");
        }
        else if (string.Equals(options.BaseUrl.Host, "www.fxiaoke.com", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("Fenxiang:BaseUrl points at www.fxiaoke.com, which is not an API gateway; use https://open.fxiaoke.com or your cloud's open-… host.");
        }

        Require(problems, options.AppId, "Fenxiang:AppId");
        Require(problems, options.AppSecret, "Fenxiang:AppSecret");
        Require(problems, options.PermanentCode, "Fenxiang:PermanentCode");
        Require(problems, options.ActingUserId, "Fenxiang:ActingUserId");
        if (options.AuthStyle == FenxiangAuthStyle.LegacyBody && options.ActingUserId.Length > 0
            && !options.ActingUserId.StartsWith("FSUID_", StringComparison.Ordinal))
        {
            problems.Add("Fenxiang:ActingUserId must be an FSUID_… open user id with legacy body authentication.");
        }

        if (!Enum.IsDefined(options.AuthStyle))
        {
            problems.Add("Fenxiang:AuthStyle must be Header or LegacyBody.");
        }

        Positive(problems, options.TokenReuseWindow, "Fenxiang:TokenReuseWindow");
        Positive(problems, options.AttemptTimeout, "Fenxiang:AttemptTimeout");
        Positive(problems, options.RetryMaxDelay, "Fenxiang:RetryMaxDelay");
        NotNegative(problems, options.TokenExpiryMargin, "Fenxiang:TokenExpiryMargin");
        NotNegative(problems, options.TokenCallMinInterval, "Fenxiang:TokenCallMinInterval");
        NotNegative(problems, options.EndpointSpacing, "Fenxiang:EndpointSpacing");
        NotNegative(problems, options.RetryBaseDelay, "Fenxiang:RetryBaseDelay");
        if (options.MaxConcurrentRequests < 1)
        {
            problems.Add("Fenxiang:MaxConcurrentRequests must be at least 1.");
        }

        if (options.MaxRetryAttempts is < 0 or > 20)
        {
            problems.Add("Fenxiang:MaxRetryAttempts must be between 0 and 20.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Require(List<string> problems, string value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{key} is required (set it in configuration or the environment, never in the repository).");
        }
    }

    private static void Positive(List<string> problems, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            problems.Add($"{key} must be positive.");
        }
    }

    private static void NotNegative(List<string> problems, TimeSpan value, string key)
    {
        if (value < TimeSpan.Zero)
        {
            problems.Add($"{key} must not be negative.");
        }
    }
}
