using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates the record, or updates it when it exists (by id or alternate key).</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
        Target = null;
    }

    public Entity Target
    {
        get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }
}
