using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Adds users to a team.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class AddMembersTeamRequest : OrganizationRequest
{
    public AddMembersTeamRequest()
    {
        RequestName = "AddMembersTeam";
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
