using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The ids of the created records, in the order of the request's Targets.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class CreateMultipleResponse : OrganizationResponse
{
    public Guid[] Ids => Results.Contains("Ids") ? (Guid[])Results["Ids"] : null;
}
