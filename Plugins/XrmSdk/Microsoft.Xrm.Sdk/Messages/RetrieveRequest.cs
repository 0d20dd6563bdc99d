using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Retrieves one record by reference.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Target = null;
        ColumnSet = null;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }

    public ColumnSet ColumnSet
    {
        get => Parameters.Contains("ColumnSet") ? (ColumnSet)Parameters["ColumnSet"] : null;
        set => Parameters["ColumnSet"] = value;
    }

    public RelationshipQueryCollection RelatedEntitiesQuery
    {
        get => Parameters.Contains("RelatedEntitiesQuery") ? (RelationshipQueryCollection)Parameters["RelatedEntitiesQuery"] : null;
        set => Parameters["RelatedEntitiesQuery"] = value;
    }

    public bool ReturnNotifications
    {
        get => Parameters.Contains("ReturnNotifications") && (bool)Parameters["ReturnNotifications"];
        set => Parameters["ReturnNotifications"] = value;
    }
}
