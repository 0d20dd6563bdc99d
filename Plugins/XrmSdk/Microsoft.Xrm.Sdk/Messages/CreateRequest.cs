using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a record.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
        Target = null;
    }

    public Entity Target
    {
        get => Parameters.Contains("Target") ? (Entity)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }
}
