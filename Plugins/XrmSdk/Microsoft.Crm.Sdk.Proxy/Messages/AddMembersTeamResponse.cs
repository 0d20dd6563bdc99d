using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The (empty) answer to AddMembersTeam.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class AddMembersTeamResponse : OrganizationResponse
{
}
