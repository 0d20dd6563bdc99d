using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) answer to an update.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpdateResponse : OrganizationResponse
{
}
