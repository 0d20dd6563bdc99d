using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs several requests, each on its own, in one round trip.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null;
        Settings = null;
    }

    public OrganizationRequestCollection Requests
    {
        get => Parameters.Contains("Requests") ? (OrganizationRequestCollection)Parameters["Requests"] : null;
        set => Parameters["Requests"] = value;
    }

    public ExecuteMultipleSettings Settings
    {
        get => Parameters.Contains("Settings") ? (ExecuteMultipleSettings)Parameters["Settings"] : null;
        set => Parameters["Settings"] = value;
    }
}
