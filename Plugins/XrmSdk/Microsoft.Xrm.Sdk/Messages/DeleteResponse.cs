using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) answer to a delete.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class DeleteResponse : OrganizationResponse
{
}
