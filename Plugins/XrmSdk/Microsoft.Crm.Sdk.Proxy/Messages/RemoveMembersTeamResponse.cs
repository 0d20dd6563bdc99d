using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) answer to RemoveMembersTeam.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class RemoveMembersTeamResponse : OrganizationResponse
{
}
