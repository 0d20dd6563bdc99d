using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Removes users from a team.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class RemoveMembersTeamRequest : OrganizationRequest
{
    public RemoveMembersTeamRequest()
    {
        RequestName = "RemoveMembersTeam";
        TeamId = default;
        MemberIds = null;
    }

    public Guid TeamId
    {
        get => Parameters.Contains("TeamId") ? (Guid)Parameters["TeamId"] : default;
        set => Parameters["TeamId"] = value;
    }

    public Guid[] MemberIds
    {
        get => Parameters.Contains("MemberIds") ? (Guid[])Parameters["MemberIds"] : null;
        set => Parameters["MemberIds"] = value;
    }
}
