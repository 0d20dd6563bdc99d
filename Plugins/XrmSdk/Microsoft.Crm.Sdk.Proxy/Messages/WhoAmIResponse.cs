using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The calling user, business unit and organization.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class WhoAmIResponse : OrganizationResponse
{
    public Guid UserId => Results.Contains("UserId") ? (Guid)Results["UserId"] : default;

    public Guid BusinessUnitId => Results.Contains("BusinessUnitId") ? (Guid)Results["BusinessUnitId"] : default;

    public Guid OrganizationId => Results.Contains("OrganizationId") ? (Guid)Results["OrganizationId"] : default;
}
