using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Asks who the calling user is.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class WhoAmIRequest : OrganizationRequest
{
    public WhoAmIRequest()
    {
        RequestName = "WhoAmI";
    }
}
