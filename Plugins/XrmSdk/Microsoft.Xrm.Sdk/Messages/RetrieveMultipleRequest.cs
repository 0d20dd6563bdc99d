using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a query.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Query = null;
    }

    public QueryBase Query
    {
        get => Parameters.Contains("Query") ? (QueryBase)Parameters["Query"] : null;
        set => Parameters["Query"] = value;
    }
}
