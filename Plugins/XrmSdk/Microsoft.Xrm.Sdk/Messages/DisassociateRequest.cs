using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Removes links between records.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class DisassociateRequest : OrganizationRequest
{
    public DisassociateRequest()
    {
        RequestName = "Disassociate";
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    public EntityReference Target
    {
        get => Parameters.Contains("Target") ? (EntityReference)Parameters["Target"] : null;
        set => Parameters["Target"] = value;
    }

    public Relationship Relationship
    {
        get => Parameters.Contains("Relationship") ? (Relationship)Parameters["Relationship"] : null;
        set => Parameters["Relationship"] = value;
    }

    public EntityReferenceCollection RelatedEntities
    {
        get => Parameters.Contains("RelatedEntities") ? (EntityReferenceCollection)Parameters["RelatedEntities"] : null;
        set => Parameters["RelatedEntities"] = value;
    }
}
