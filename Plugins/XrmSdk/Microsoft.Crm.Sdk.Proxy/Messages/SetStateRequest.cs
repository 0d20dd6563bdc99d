using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Sets the state and status reason of a record.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class SetStateRequest : OrganizationRequest
{
    public SetStateRequest()
    {
        RequestName = "SetState";
        EntityMoniker = null;
        State = null;
        Status = null;
    }

    public EntityReference EntityMoniker
    {
        get => Parameters.Contains("EntityMoniker") ? (EntityReference)Parameters["EntityMoniker"] : null;
        set => Parameters["EntityMoniker"] = value;
    }

    public OptionSetValue State
    {
        get => Parameters.Contains("State") ? (OptionSetValue)Parameters["State"] : null;
        set => Parameters["State"] = value;
    }

    public OptionSetValue Status
    {
        get => Parameters.Contains("Status") ? (OptionSetValue)Parameters["Status"] : null;
        set => Parameters["Status"] = value;
    }
}
