using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace SalesGoals.Crm.Dataverse.WebApi.Configuration;

/// <summary>Lists every problem of the Dataverse options at once, naming the configuration key.</summary>
public sealed class DataverseWebApiOptionsValidator : IValidateOptions<DataverseWebApiOptions>
{
    public ValidateOptionsResult Validate(string? name, DataverseWebApiOptions options)
    {
        System.ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (options.Url is not { IsAbsoluteUri: true })
        {
            problems.Add("Dataverse:Url must be an absolute URL (e.g. https://contoso.crm5.dynamics.com).");
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

    private static void Require(List<string> problems, bool needed, string? value, string key)
    {
        if (needed && string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{key} is required for this Dataverse:Auth:Mode.");
        }
    }
}
