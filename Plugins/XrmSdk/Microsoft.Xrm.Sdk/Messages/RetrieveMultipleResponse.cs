using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The page of records a query returned.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public EntityCollection EntityCollection => Results.Contains("EntityCollection") ? (EntityCollection)Results["EntityCollection"] : null;
}
