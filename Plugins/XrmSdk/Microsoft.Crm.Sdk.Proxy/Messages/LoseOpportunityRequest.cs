using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Closes an opportunity as lost, with its opportunity close activity.</summary>
[DataContract(Namespace = CrmNamespaces.Contracts)]
public sealed class LoseOpportunityRequest : OrganizationRequest
{
    public LoseOpportunityRequest()
    {
        RequestName = "LoseOpportunity";
        OpportunityClose = null;
        Status = null;
    }

    public Entity OpportunityClose
    {
        get => Parameters.Contains("OpportunityClose") ? (Entity)Parameters["OpportunityClose"] : null;
        set => Parameters["OpportunityClose"] = value;
    }

    public OptionSetValue Status
    {
        get => Parameters.Contains("Status") ? (OptionSetValue)Parameters["Status"] : null;
        set => Parameters["Status"] = value;
    }
}
