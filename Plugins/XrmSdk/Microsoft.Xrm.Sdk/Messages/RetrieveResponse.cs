using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The retrieved record.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class RetrieveResponse : OrganizationResponse
{
    public Entity Entity => Results.Contains("Entity") ? (Entity)Results["Entity"] : null;
}
