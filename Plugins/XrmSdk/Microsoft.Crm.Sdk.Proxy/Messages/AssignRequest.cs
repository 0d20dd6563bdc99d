using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Assigns a record to a user or team.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class AssignRequest : OrganizationRequest
{
    public AssignRequest()
    {
        RequestName = "Assign";
        Target = null;
        Assignee = null;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }

    public EntityReference Assignee
    {
        get => Parameters.Contains("Assignee") ? (EntityReference)Parameters["Assignee"] : null;
        set => Parameters["Assignee"] = value;
    }
}
