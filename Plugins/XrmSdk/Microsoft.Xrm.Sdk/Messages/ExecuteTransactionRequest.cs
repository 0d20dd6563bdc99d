using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs several requests in one transaction: all or nothing.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
        Requests = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => Parameters.Contains("Requests") ? (OrganizationRequestCollection)Parameters["Requests"] : null;
        set => Parameters["Requests"] = value;
    }

    public bool? ReturnResponses
    {
        get => Parameters.Contains("ReturnResponses") ? (bool?)Parameters["ReturnResponses"] : null;
        set => Parameters["ReturnResponses"] = value;
    }
}
