using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates records of one table with a single request (the bulk message).</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class CreateMultipleRequest : OrganizationRequest
{
    public CreateMultipleRequest()
    {
        RequestName = "CreateMultiple";
        Targets = null;
    }

    public EntityCollection Targets
    {
        get => Parameters.Contains("Targets") ? (EntityCollection)Parameters["Targets"] : null;
        set => Parameters["Targets"] = value;
    }
}
