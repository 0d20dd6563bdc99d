using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The id of the created record (the official property name is lower-case).</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class CreateResponse : OrganizationResponse
{
#pragma warning disable IDE1006 // the official SDK names this property "id"
    public Guid id => Results.Contains("id") ? (Guid)Results["id"] : default;
#pragma warning restore IDE1006
}
