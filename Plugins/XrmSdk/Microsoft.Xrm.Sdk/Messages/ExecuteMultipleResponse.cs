using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The per-request outcomes of an ExecuteMultiple request.</summary>
[DataContract(Namespace = XrmNamespaces.Contracts)]
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    public ExecuteMultipleResponseItemCollection Responses => Results.Contains("Responses") ? (ExecuteMultipleResponseItemCollection)Results["Responses"] : null;

    public bool IsFaulted => Results.Contains("IsFaulted") ? (bool)Results["IsFaulted"] : default;
}
