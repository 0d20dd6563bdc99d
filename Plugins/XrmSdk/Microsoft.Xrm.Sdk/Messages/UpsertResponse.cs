using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Whether the upsert created the record, and a reference to it.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class UpsertResponse : OrganizationResponse
{
    public bool RecordCreated => Results.Contains("RecordCreated") ? (bool)Results["RecordCreated"] : default;

    public EntityReference Target => Results.Contains("Target") ? (EntityReference)Results["Target"] : null;
}
