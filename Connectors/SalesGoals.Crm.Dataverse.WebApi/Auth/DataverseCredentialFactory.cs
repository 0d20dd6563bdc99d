using System;
using Azure.Core;
using Azure.Identity;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;

namespace SalesGoals.Crm.Dataverse.WebApi.Auth;

/// <summary>The Azure.Identity credential <c>Dataverse:Auth:Mode</c> names.</summary>
public static class DataverseCredentialFactory
{
    public static TokenCredential Create(DataverseWebApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Credential is not null)
        {
            return options.Credential;
        }

        var auth = options.Auth;
        return auth.Mode switch
        {
            DataverseAuthMode.ClientSecret => new ClientSecretCredential(auth.TenantId, auth.ClientId, auth.ClientSecret),
            DataverseAuthMode.Certificate => new ClientCertificateCredential(auth.TenantId, auth.ClientId, auth.CertificatePath,
                new ClientCertificateCredentialOptions { SendCertificateChain = true }),
            DataverseAuthMode.ManagedIdentity => string.IsNullOrWhiteSpace(auth.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(auth.ClientId)),
            DataverseAuthMode.WorkloadIdentity => new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions
            {
                TenantId = auth.TenantId,
                ClientId = auth.ClientId,
                TokenFilePath = auth.TokenFilePath ?? Environment.GetEnvironmentVariable("AZURE_FEDERATED_TOKEN_FILE"),
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(options), auth.Mode, "Unknown Dataverse:Auth:Mode."),
        };
    }
}
