using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) answer to Assign.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class AssignResponse : OrganizationResponse
{
}
