using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Api;

namespace SalesGoals.Crm.Fenxiang.Client;

/// <summary>
/// Typed Fenxiang operations: picks the path family from the apiName, puts dataObjectApiName where each
/// operation wants it, and throws <see cref="Errors.FenxiangApiException"/> unless errorCode is 0.
/// </summary>
public interface IFenxiangClient
{
    /// <summary>One page as the server returns it.</summary>
    Task<QueryResponse> QueryPageAsync(string objectApiName, SearchQueryInfo query, bool includeTotal, CancellationToken cancellationToken);

    /// <summary>Every record matching <paramref name="filters"/>, walked with the <c>_id</c> cursor
    /// (order by _id ascending, offset 0, <c>_id GT last</c>) so the 10000-offset ceiling never applies.</summary>
    IAsyncEnumerable<JsonObject> QueryAllAsync(
        string objectApiName, IReadOnlyList<QueryFilter> filters, IReadOnlyList<string>? fieldProjection, int pageSize, CancellationToken cancellationToken);

    Task<JsonObject> GetAsync(string objectApiName, string id, CancellationToken cancellationToken);

    /// <summary>Creates a record with workflow and approval triggers off; returns its dataId.</summary>
    Task<string> CreateAsync(string objectApiName, JsonObject fields, CancellationToken cancellationToken);

    /// <summary>Updates changed fields (not the owner: use <see cref="ChangeOwnerAsync"/>).</summary>
    Task UpdateAsync(string objectApiName, string id, JsonObject fields, CancellationToken cancellationToken);

    Task InvalidAsync(string objectApiName, string id, CancellationToken cancellationToken);

    Task DeleteAsync(string objectApiName, IReadOnlyList<string> ids, CancellationToken cancellationToken);

    Task RecoverAsync(string objectApiName, IReadOnlyList<string> ids, CancellationToken cancellationToken);

    Task ChangeOwnerAsync(string objectApiName, string id, string ownerId, CancellationToken cancellationToken);

    /// <summary>The object's fields, or null when the tenant has no such object.</summary>
    Task<ObjectDescribe?> DescribeAsync(string objectApiName, CancellationToken cancellationToken);

    Task<IReadOnlyList<ObjectSummary>> ListObjectsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<EmployeeSummary>> GetUsersByMobileAsync(string mobile, CancellationToken cancellationToken);

    Task<FenxiangUser> GetUserAsync(string openUserId, CancellationToken cancellationToken);

    Task<IReadOnlyList<FenxiangUser>> ListUsersAsync(CancellationToken cancellationToken);
}
