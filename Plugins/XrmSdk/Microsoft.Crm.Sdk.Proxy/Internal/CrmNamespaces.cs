namespace Microsoft.Crm.Sdk;

/// <summary>The data contract namespace of the official Microsoft.Crm.Sdk.Proxy messages.</summary>
internal static class CrmNamespaces
{
    internal const string Contracts = "http://schemas.microsoft.com/crm/2011/Contracts";
}
