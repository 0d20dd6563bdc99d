using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>What an operation works with: the request, its parsed URL, the model and the caller's organization service.</summary>
internal sealed record OperationContext(
    ApiRequest Request,
    ODataUriParser Parser,
    ODataPath Path,
    DataverseEdm Edm,
    ReferenceResolver References,
    IOrganizationService Service)
{
    public Preferences Preferences { get; } = Preferences.Parse(Request.Header("Prefer"));

    public EntityPayloadReader Payloads => new(Edm, References);

    public string EntityUrl(EdmTable table, System.Guid id) => $"{References.ServiceRoot}{table.EntitySetName}({id})";
}
