namespace SalesGoals.Crm.Dataverse.WebApi.Configuration;

/// <summary>The <c>Dataverse:Auth</c> section. Secrets come from the environment only (e.g. <c>Dataverse__Auth__ClientSecret</c>).</summary>
public sealed class DataverseAuthOptions
{
    public DataverseAuthMode Mode { get; set; } = DataverseAuthMode.ClientSecret;

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Workload identity: the federated token file (default: AZURE_FEDERATED_TOKEN_FILE, set by the webhook).</summary>
    public string? TokenFilePath { get; set; }
}
