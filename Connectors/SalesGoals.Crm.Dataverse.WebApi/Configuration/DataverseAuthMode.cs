namespace SalesGoals.Crm.Dataverse.WebApi.Configuration;

/// <summary>How the worker signs in to Entra ID for Dataverse (<c>Dataverse:Auth:Mode</c>).</summary>
public enum DataverseAuthMode
{
    /// <summary>App registration + client secret (<c>Dataverse__Auth__ClientSecret</c> from the environment).</summary>
    ClientSecret,

    /// <summary>App registration + certificate (PFX/PEM at <c>Dataverse:Auth:CertificatePath</c>).</summary>
    Certificate,

    /// <summary>The Azure resource's managed identity (user-assigned when ClientId is set).</summary>
    ManagedIdentity,

    /// <summary>Kubernetes workload identity (federated token file from AZURE_FEDERATED_TOKEN_FILE).</summary>
    WorkloadIdentity,
}
