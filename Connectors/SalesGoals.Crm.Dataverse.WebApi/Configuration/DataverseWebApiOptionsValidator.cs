using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace SalesGoals.Crm.Dataverse.WebApi.Configuration;

/// <summary>Lists every problem of the Dataverse options at once, naming the configuration key.</summary>
public sealed class DataverseWebApiOptionsValidator : IValidateOptions<DataverseWebApiOptions>
{
    public ValidateOptionsResult Validate(string? name, DataverseWebApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.Url is null)
        {
            problems.Add("Dataverse:Url is required (e.g. https://contoso.crm5.dynamics.com).");
        }
        else if (!options.Url.IsAbsoluteUri || !(options.Url.Scheme == Uri.UriSchemeHttps || (options.Url.Scheme == Uri.UriSchemeHttp && options.Url.IsLoopback)))
        {
            // A bearer token must never cross a network in clear text; http is only for a local Web API on loopback.
            problems.Add($"Dataverse:Url '{options.Url}' must be an absolute https URL (http only on loopback, for the sandbox's local Web API).");
        }

        if (options.Credential is null)
        {
            var auth = options.Auth;
            Require(problems, auth.Mode is DataverseAuthMode.ClientSecret or DataverseAuthMode.Certificate or DataverseAuthMode.WorkloadIdentity, auth.TenantId, "Dataverse:Auth:TenantId");
            Require(problems, auth.Mode is not DataverseAuthMode.ManagedIdentity, auth.ClientId, "Dataverse:Auth:ClientId");
            Require(problems, auth.Mode == DataverseAuthMode.ClientSecret, auth.ClientSecret, "Dataverse:Auth:ClientSecret (environment variable Dataverse__Auth__ClientSecret)");
            Require(problems, auth.Mode == DataverseAuthMode.Certificate, auth.CertificatePath, "Dataverse:Auth:CertificatePath");
        }

        if (options.BulkChunkSize is < 1 or > 1000)
        {
            problems.Add("Dataverse:BulkChunkSize must be 1 to 1000 (Dataverse's $batch limit).");
        }

        if (options.PageSize is < 1 or > 5000)
        {
            problems.Add("Dataverse:PageSize must be 1 to 5000.");
        }

        if (options.MaxConcurrency < 1)
        {
            problems.Add("Dataverse:MaxConcurrency must be at least 1.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Every problem of the <c>Dataverse</c> section of <paramref name="configuration"/>, before anything starts
    /// (a value the binder cannot convert, e.g. an unknown Auth:Mode, is one problem naming its key).</summary>
    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        var values = configuration.GetSection(DataverseWebApiOptions.SectionName).AsEnumerable()
            .Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase);
        var options = new DataverseWebApiOptions();

        // The binder stops at the first value it cannot convert: report it, leave that key out and bind again, so every
        // problem is listed at once and none is a knock-on of another.
        while (true)
        {
            try
            {
                options = new DataverseWebApiOptions();
                new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(DataverseWebApiOptions.SectionName).Bind(options);
                break;
            }
            catch (InvalidOperationException exception)
            {
                problems.Add(exception.Message);
                var bad = values.Keys.FirstOrDefault(key => exception.Message.Contains($"'{key}'", StringComparison.OrdinalIgnoreCase));
                if (bad is null)
                {
                    break;
                }

                values.Remove(bad);
            }
        }

        var result = new DataverseWebApiOptionsValidator().Validate(null, options);
        if (result.Failed)
        {
            problems.AddRange(result.Failures);
        }

        return problems;
    }

    private static void Require(List<string> problems, bool needed, string? value, string key)
    {
        if (needed && string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{key} is required for this Dataverse:Auth:Mode.");
        }
    }
}
