using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Zoho.Api;

namespace SalesGoals.Crm.Zoho.Records;

/// <summary>Modules, fields, pipelines, users and the org: the metadata the adapter checks and classifies with.</summary>
public sealed class ZohoMetadataClient
{
    private const int UsersPerPage = 200;

    private readonly IZohoCrmApi _api;

    public ZohoMetadataClient(IZohoCrmApi api) => _api = api;

    public async Task<IReadOnlyList<ZohoModule>> GetModulesAsync(CancellationToken cancellationToken) =>
        ZohoApiResponses.ContentOrEmpty(await _api.GetModulesAsync(cancellationToken))?.Modules ?? [];

    public async Task<IReadOnlyList<ZohoField>> GetFieldsAsync(string module, CancellationToken cancellationToken) =>
        ZohoApiResponses.ContentOrEmpty(await _api.GetFieldsAsync(module, cancellationToken))?.Fields ?? [];

    public async Task<IReadOnlyList<ZohoPipeline>> GetPipelinesAsync(string layoutId, CancellationToken cancellationToken) =>
        ZohoApiResponses.ContentOrEmpty(await _api.GetPipelinesAsync(layoutId, cancellationToken))?.Pipeline ?? [];

    /// <summary>The org (home currency, time zone); null if Zoho answered without one.</summary>
    public async Task<ZohoOrg?> GetOrganizationAsync(CancellationToken cancellationToken) =>
        ZohoApiResponses.ContentOrEmpty(await _api.GetOrganizationAsync(cancellationToken))?.Org.FirstOrDefault();

    public async Task<IReadOnlyList<ZohoUser>> GetActiveUsersAsync(CancellationToken cancellationToken)
    {
        var users = new List<ZohoUser>();
        for (var page = 1; ; page++)
        {
            var content = ZohoApiResponses.ContentOrEmpty(await _api.GetUsersAsync("ActiveUsers", page, UsersPerPage, cancellationToken));
            if (content is null)
            {
                return users;
            }

            users.AddRange(content.Users);
            if (content.Info is not { MoreRecords: true })
            {
                return users;
            }
        }
    }

    /// <summary>Runs one COQL query (LIMIT ≤ 2000); an empty list when nothing matches (204).</summary>
    public async Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> QueryAsync(string selectQuery, CancellationToken cancellationToken)
    {
        var content = ZohoApiResponses.ContentOrEmpty(await _api.QueryAsync(new ZohoCoqlRequest { SelectQuery = selectQuery }, cancellationToken));
        return content?.Data.ToList() ?? [];
    }
}
