using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace SalesGoals.Crm.Dataverse.WebApi.Api;

/// <summary>The Dataverse Web API requests the client sends (base address {Url}/api/data/v9.2/).
/// Keys are written in OData key syntax by <see cref="Client.ODataKey"/>: <c>id</c> or <c>col=value,col='text'</c>.</summary>
[Headers("OData-MaxVersion: 4.0", "OData-Version: 4.0", "Accept: application/json")]
public interface IDataverseWebApi
{
    /// <summary>GET one page of an entity set. <paramref name="prefer"/> carries odata.maxpagesize and include-annotations.</summary>
    [Get("/{entitySet}")]
    Task<ODataPage> QueryAsync(
        string entitySet,
        [AliasAs("$select")] string? select,
        [AliasAs("$filter")] string? filter,
        [AliasAs("$orderby")] string? orderBy,
        [AliasAs("$skiptoken")] string? skipToken,
        [Header("Prefer")] string prefer,
        CancellationToken cancellationToken);

    /// <summary>PATCH by id or alternate key: an upsert (no condition), an update (If-Match: *) or a create (If-None-Match: *).
    /// With <c>Prefer: return=representation</c> the answer is 201 when created, 200 when updated.</summary>
    [Patch("/{entitySet}({key})")]
    Task<HttpResponseMessage> PatchAsync(
        string entitySet,
        string key,
        [Body] JsonObject record,
        [AliasAs("$select")] string? select,
        [Header("Prefer")] string? prefer,
        [Header("If-Match")] string? ifMatch,
        [Header("If-None-Match")] string? ifNoneMatch,
        CancellationToken cancellationToken);

    [Delete("/{entitySet}({key})")]
    Task DeleteAsync(string entitySet, string key, CancellationToken cancellationToken);

    /// <summary>POST {entityset}/Microsoft.Dynamics.CRM.UpsertMultiple: all targets in one transaction; 204, no body.</summary>
    [Post("/{entitySet}/Microsoft.Dynamics.CRM.UpsertMultiple")]
    Task UpsertMultipleAsync(string entitySet, [Body] UpsertMultipleRequest request, CancellationToken cancellationToken);

    /// <summary>An unbound action (a Custom API such as sg_EvaluatePace).</summary>
    [Post("/{actionName}")]
    Task<JsonObject> ExecuteActionAsync(string actionName, [Body] JsonObject parameters, CancellationToken cancellationToken);

    /// <summary>POST $batch (multipart/mixed).</summary>
    [Post("/$batch")]
    Task<HttpResponseMessage> BatchAsync([Body] MultipartContent content, [Header("Prefer")] string? prefer, CancellationToken cancellationToken);
}
