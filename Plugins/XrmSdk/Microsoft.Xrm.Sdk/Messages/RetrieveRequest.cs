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
}
