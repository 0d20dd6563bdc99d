using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates a record.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
        Target = null;
    }

    public Entity Target
    {
        get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => Parameters.Contains("ConcurrencyBehavior") ? (ConcurrencyBehavior)Parameters["ConcurrencyBehavior"] : default;
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
