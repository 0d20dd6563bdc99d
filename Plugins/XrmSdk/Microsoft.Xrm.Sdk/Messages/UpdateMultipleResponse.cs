using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) answer to a bulk update.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpdateMultipleResponse : OrganizationResponse
{
}
