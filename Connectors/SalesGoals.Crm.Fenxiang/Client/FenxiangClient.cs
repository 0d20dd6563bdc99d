using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Polly.RateLimiting;
using Polly.Timeout;
using Refit;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Errors;

namespace SalesGoals.Crm.Fenxiang.Client;

/// <inheritdoc />
public sealed class FenxiangClient : IFenxiangClient
{
    public const int MaxPageSize = 100;

    private readonly IFenxiangApi _api;

    public FenxiangClient(IFenxiangApi api) => _api = api;

    public Task<QueryResponse> QueryPageAsync(string objectApiName, SearchQueryInfo query, bool includeTotal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var family = FenxiangPathFamily.For(objectApiName);
        var request = Envelope(new QueryRequestData
        {
            DataObjectApiName = objectApiName,
            FindExplicitTotalNum = includeTotal,
            SearchQueryInfo = query,
        });
        return CallAsync(Endpoint(family, "query"), () => _api.QueryAsync(family, request, cancellationToken));
    }

    public async IAsyncEnumerable<JsonObject> QueryAllAsync(
        string objectApiName,
        IReadOnlyList<QueryFilter> filters,
        IReadOnlyList<string>? fieldProjection,
        int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        string? lastId = null;
        while (true)
        {
            var pageFilters = new List<QueryFilter>(filters);
            if (lastId is not null)
            {
                pageFilters.Add(new QueryFilter("_id", [lastId], QueryOperators.GreaterThan));
            }

            var query = new SearchQueryInfo
            {
                Limit = pageSize,
                Offset = 0,
                Filters = pageFilters,
                Orders = [new QueryOrder("_id", true)],
                FieldProjection = fieldProjection,
            };
            var page = (await QueryPageAsync(objectApiName, query, includeTotal: false, cancellationToken).ConfigureAwait(false)).Records();
            foreach (var record in page)
            {
                yield return record;
            }

            // A short page is the only end signal: total is 0 whenever totals are off.
            if (page.Count < pageSize)
            {
                yield break;
            }

            var next = page[^1]["_id"]?.GetValue<string>();
            if (next is null || string.CompareOrdinal(next, lastId) <= 0)
            {
                throw new InvalidOperationException($"Fenxiang returned a page of {objectApiName} whose last _id does not advance the cursor; stopping instead of looping.");
            }

            lastId = next;
        }
    }

    public async Task<JsonObject> GetAsync(string objectApiName, string id, CancellationToken cancellationToken)
    {
        var family = FenxiangPathFamily.For(objectApiName);
        var request = Envelope(new GetRequestData(objectApiName, id));
        var answer = await CallAsync(Endpoint(family, "get"), () => _api.GetAsync(family, request, cancellationToken)).ConfigureAwait(false);
        return answer.Data ?? [];
    }

    public async Task<string> CreateAsync(string objectApiName, JsonObject fields, CancellationToken cancellationToken)
    {
        var family = FenxiangPathFamily.For(objectApiName);
        var request = WriteEnvelope(objectApiName, fields, id: null);
        var answer = await CallAsync(Endpoint(family, "create"), () => _api.CreateAsync(family, request, cancellationToken)).ConfigureAwait(false);
        return answer.DataId ?? throw new FenxiangApiException(new FenxiangError(0, FenxiangOutcome.Unknown, "create answered without dataId", answer.TraceId, Endpoint(family, "create")));
    }

    public Task UpdateAsync(string objectApiName, string id, JsonObject fields, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var family = FenxiangPathFamily.For(objectApiName);
        var request = WriteEnvelope(objectApiName, fields, id);
        return CallAsync(Endpoint(family, "update"), () => _api.UpdateAsync(family, request, cancellationToken));
    }

    public Task InvalidAsync(string objectApiName, string id, CancellationToken cancellationToken)
    {
        var family = FenxiangPathFamily.For(objectApiName);
        var request = Envelope(new InvalidRequestData(objectApiName, id));
        return CallAsync(Endpoint(family, "invalid"), () => _api.InvalidAsync(family, request, cancellationToken));
    }

    public Task DeleteAsync(string objectApiName, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var family = FenxiangPathFamily.For(objectApiName);
        var request = Envelope(new IdListRequestData(objectApiName, ids));
        return CallAsync(Endpoint(family, "delete"), () => _api.DeleteAsync(family, request, cancellationToken));
    }

    public Task RecoverAsync(string objectApiName, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var family = FenxiangPathFamily.For(objectApiName);
        var request = Envelope(new IdListRequestData(objectApiName, ids));
        return CallAsync(Endpoint(family, "recover"), () => _api.RecoverAsync(family, request, cancellationToken));
    }

    public Task ChangeOwnerAsync(string objectApiName, string id, string ownerId, CancellationToken cancellationToken)
    {
        var family = FenxiangPathFamily.For(objectApiName);
        var request = Envelope(new ChangeOwnerRequestData(objectApiName, [new OwnerChange(id, [ownerId])]));
        return CallAsync(Endpoint(family, "changeOwner"), () => _api.ChangeOwnerAsync(family, request, cancellationToken));
    }

    public async Task<ObjectDescribe?> DescribeAsync(string objectApiName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectApiName);
        var objects = await ListObjectsAsync(cancellationToken).ConfigureAwait(false);
        if (!objects.Any(o => string.Equals(o.DescribeApiName, objectApiName, StringComparison.Ordinal)))
        {
            return null;
        }

        var answer = await CallAsync(
            "/cgi/crm/v2/object/describe",
            () => _api.DescribeAsync(Envelope(new DescribeRequestData(objectApiName)), cancellationToken)).ConfigureAwait(false);
        return answer.Data?.Describe;
    }

    public async Task<IReadOnlyList<ObjectSummary>> ListObjectsAsync(CancellationToken cancellationToken)
    {
        var answer = await CallAsync(
            "/cgi/crm/v2/object/list",
            () => _api.ListObjectsAsync(Envelope(new ObjectListRequestData()), cancellationToken)).ConfigureAwait(false);
        return answer.Data?.Objects ?? [];
    }

    public async Task<IReadOnlyList<EmployeeSummary>> GetUsersByMobileAsync(string mobile, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mobile);
        var answer = await CallAsync("/cgi/user/getByMobile", () => _api.GetUserByMobileAsync(new UserByMobileRequest(mobile), cancellationToken)).ConfigureAwait(false);
        return answer.EmployeeList;
    }

    public Task<FenxiangUser> GetUserAsync(string openUserId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openUserId);
        return CallAsync("/cgi/user/get", () => _api.GetUserAsync(new UserGetRequest(openUserId), cancellationToken));
    }

    public async Task<IReadOnlyList<FenxiangUser>> ListUsersAsync(CancellationToken cancellationToken)
    {
        var answer = await CallAsync("/cgi/user/list", () => _api.ListUsersAsync(new UserListRequest(), cancellationToken)).ConfigureAwait(false);
        return answer.UserList;
    }

    private static FenxiangRequest<T> Envelope<T>(T data) => new() { Data = data };

    private static FenxiangRequest<WriteRequestData> WriteEnvelope(string objectApiName, JsonObject fields, string? id)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var objectData = (JsonObject)fields.DeepClone();
        objectData["dataObjectApiName"] = objectApiName;
        if (id is not null)
        {
            objectData["_id"] = id;
        }

        return new FenxiangRequest<WriteRequestData>
        {
            Data = new WriteRequestData(objectData),
            TriggerWorkFlow = false,
            TriggerApprovalFlow = false,
        };
    }

    private static string Endpoint(string family, string operation) => $"/cgi/crm/{family}/data/{operation}";

    private static async Task<T> CallAsync<T>(string endpoint, Func<Task<T>> call)
        where T : FenxiangResponse
    {
        T answer;
        try
        {
            answer = await call().ConfigureAwait(false);
        }
        catch (ApiException ex)
        {
            throw new FenxiangApiException(
                new FenxiangError(0, FenxiangErrorClassifier.ClassifyHttpStatus((int)ex.StatusCode), $"gateway answered HTTP {(int)ex.StatusCode}", null, endpoint) { HttpStatus = (int)ex.StatusCode }, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            throw new FenxiangApiException(new FenxiangError(0, FenxiangOutcome.Retryable, ex.Message, null, endpoint), ex);
        }
        catch (RateLimiterRejectedException ex)
        {
            throw new FenxiangApiException(new FenxiangError(0, FenxiangOutcome.Throttled, "client concurrency queue is full", null, endpoint), ex);
        }

        if (answer.ErrorCode != FenxiangErrorCodes.Success)
        {
            throw new FenxiangApiException(FenxiangError.From(answer.ErrorCode, answer.ErrorMessage, answer.TraceId, endpoint));
        }

        return answer;
    }
}
