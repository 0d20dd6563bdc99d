using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Deletes a record.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
        Target = null;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => Parameters.Contains("ConcurrencyBehavior") ? (ConcurrencyBehavior)Parameters["ConcurrencyBehavior"] : default;
        set => Parameters["ConcurrencyBehavior"] = value;
    }
}
