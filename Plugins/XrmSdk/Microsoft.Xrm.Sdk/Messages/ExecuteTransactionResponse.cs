using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The responses of an ExecuteTransaction request, in request order.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    public OrganizationResponseCollection Responses => Results.Contains("Responses") ? (OrganizationResponseCollection)Results["Responses"] : null;
}
