using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>Zoho CRM API v8. The base address is a placeholder: the auth handler sends each call to
/// the <c>api_domain</c> the token answer named. Answers are <see cref="IApiResponse{T}"/> because
/// 204 (empty), 207 (mixed) and 304 (not modified) are ordinary outcomes, not failures.</summary>
public interface IZohoCrmApi
{
    [Get("/crm/v8/{module}")]
    Task<IApiResponse<ZohoRecordsResponse>> GetRecordsAsync(
        string module,
        [Query] ZohoRecordsQuery query,
        [Header("If-Modified-Since")] string? ifModifiedSince,
        CancellationToken cancellationToken);

    /// <summary>One record by id with all its fields (one call per record: for look-ups, not for sync).</summary>
    [Get("/crm/v8/{module}/{id}")]
    Task<IApiResponse<ZohoRecordsResponse>> GetRecordAsync(string module, string id, CancellationToken cancellationToken);

    [Post("/crm/v8/{module}")]
    Task<IApiResponse<ZohoWriteResponse>> InsertRecordsAsync(string module, [Body] ZohoWriteRequest body, CancellationToken cancellationToken);

    [Put("/crm/v8/{module}")]
    Task<IApiResponse<ZohoWriteResponse>> UpdateRecordsAsync(string module, [Body] ZohoWriteRequest body, CancellationToken cancellationToken);

    [Post("/crm/v8/{module}/upsert")]
    Task<IApiResponse<ZohoWriteResponse>> UpsertRecordsAsync(string module, [Body] ZohoWriteRequest body, CancellationToken cancellationToken);

    [Get("/crm/v8/{module}/deleted")]
    Task<IApiResponse<ZohoDeletedRecordsResponse>> GetDeletedRecordsAsync(
        string module,
        [AliasAs("type")] string type,
        [AliasAs("page")] int page,
        [AliasAs("per_page")] int perPage,
        [Header("If-Modified-Since")] string? ifModifiedSince,
        CancellationToken cancellationToken);

    [Post("/crm/v8/coql")]
    Task<IApiResponse<ZohoCoqlResponse>> QueryAsync([Body] ZohoCoqlRequest body, CancellationToken cancellationToken);

    [Get("/crm/v8/users")]
    Task<IApiResponse<ZohoUsersResponse>> GetUsersAsync(
        [AliasAs("type")] string type,
        [AliasAs("page")] int page,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    [Get("/crm/v8/settings/fields")]
    Task<IApiResponse<ZohoFieldsResponse>> GetFieldsAsync([AliasAs("module")] string module, CancellationToken cancellationToken);

    [Get("/crm/v8/settings/modules")]
    Task<IApiResponse<ZohoModulesResponse>> GetModulesAsync(CancellationToken cancellationToken);

    /// <summary>The org's details: home currency (<c>iso_code</c>), time zone.</summary>
    [Get("/crm/v8/org")]
    Task<IApiResponse<ZohoOrgResponse>> GetOrganizationAsync(CancellationToken cancellationToken);

    [Get("/crm/v8/settings/pipeline")]
    Task<IApiResponse<ZohoPipelineResponse>> GetPipelinesAsync([AliasAs("layout_id")] string layoutId, CancellationToken cancellationToken);
}
