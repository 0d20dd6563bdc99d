using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The (empty) answer to an associate.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class AssociateResponse : OrganizationResponse
{
}
