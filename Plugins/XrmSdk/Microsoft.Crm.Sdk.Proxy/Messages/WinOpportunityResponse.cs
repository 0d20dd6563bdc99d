using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) answer to WinOpportunity.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class WinOpportunityResponse : OrganizationResponse
{
}
