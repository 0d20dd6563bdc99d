using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Options;
using Refit;
using SalesGoals.Crm.Dataverse.WebApi.Api;
using SalesGoals.Crm.Dataverse.WebApi.Batch;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Dataverse.WebApi.Errors;

namespace SalesGoals.Crm.Dataverse.WebApi.Client;

/// <summary>
/// Table-agnostic Dataverse operations over <see cref="IDataverseWebApi"/>: paged reads, upsert and delete by key,
/// bulk upserts (UpsertMultiple, chunked; a refused chunk is retried row by row in one $batch so each row's own
/// failure is reported and the rest are kept), and actions.
/// </summary>
public sealed class DataverseWebApiClient
{
    public const string FormattedValueAnnotation = "OData.Community.Display.V1.FormattedValue";
    private readonly IDataverseWebApi _api;
    private readonly DataverseWebApiOptions _options;

    public DataverseWebApiClient(IDataverseWebApi api, IOptions<DataverseWebApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _options = options.Value;
    }

    /// <summary>Every row the query matches, page by page (<c>Prefer: odata.maxpagesize</c>, following <c>@odata.nextLink</c>).</summary>
    public async Task<IReadOnlyList<JsonObject>> QueryAsync(string entitySet, ODataQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var prefer = $"odata.maxpagesize={_options.PageSize}"
            + (query.FormattedValues ? $",odata.include-annotations=\"{FormattedValueAnnotation}\"" : string.Empty);
        var select = query.Select.Count == 0 ? null : string.Join(",", query.Select);
        var rows = new List<JsonObject>();
        string? skipToken = null;
        do
        {
            var page = await Call(() => _api.QueryAsync(entitySet, select, query.Filter, query.OrderBy, skipToken, prefer, cancellationToken)).ConfigureAwait(false);
            rows.AddRange(page.Value);
            skipToken = page.NextLink is null ? null : SkipTokenOf(page.NextLink);
        }
        while (skipToken is not null);

        return rows;
    }

    /// <summary>Creates or updates the row with this key. True when it was created (Dataverse answers 201, not 200).</summary>
    public async Task<bool> UpsertAsync(string entitySet, string key, JsonObject columns, string primaryIdColumn, CancellationToken cancellationToken)
    {
        using var response = await Call(() => _api.PatchAsync(entitySet, key, columns, primaryIdColumn, "return=representation", null, null, cancellationToken)).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Created;
    }

    /// <summary>Deletes the row with this key. False when there was none.</summary>
    public async Task<bool> DeleteAsync(string entitySet, string key, CancellationToken cancellationToken)
    {
        try
        {
            await Call(async () => { await _api.DeleteAsync(entitySet, key, cancellationToken).ConfigureAwait(false); return true; }).ConfigureAwait(false);
            return true;
        }
        catch (DataverseWebApiException exception) when (exception.StatusCode == 404)
        {
            return false;
        }
    }

    public Task<JsonObject> ExecuteActionAsync(string actionName, JsonObject parameters, CancellationToken cancellationToken) =>
        Call(() => _api.ExecuteActionAsync(actionName, parameters, cancellationToken));

    /// <summary>
    /// Upserts rows of one table in chunks of <see cref="DataverseWebApiOptions.BulkChunkSize"/>: one UpsertMultiple per
    /// chunk (all or nothing in Dataverse). When Dataverse refuses a chunk because of its content (4xx), the chunk is sent
    /// again as one $batch of single upserts with continue-on-error, so each row succeeds or fails on its own. 1,000 rows
    /// thus cost one request, or two when some row is bad.
    /// </summary>
    public async Task<BulkUpsertResult> UpsertMultipleAsync(string entitySet, string logicalName, string primaryIdColumn, IReadOnlyList<UpsertItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var results = new List<UpsertItemResult>(items.Count);
        var requests = 0;
        foreach (var chunk in items.Chunk(_options.BulkChunkSize))
        {
            requests++;
            try
            {
                var body = new UpsertMultipleRequest { Targets = chunk.Select(i => Target(entitySet, logicalName, i)).ToList() };
                await Call(async () => { await _api.UpsertMultipleAsync(entitySet, body, cancellationToken).ConfigureAwait(false); return true; }).ConfigureAwait(false);
                results.AddRange(chunk.Select(i => new UpsertItemResult(i.Key, UpsertOutcome.Written)));
            }
            catch (DataverseWebApiException exception) when (exception.StatusCode is >= 400 and < 500 and not 429 and not 401)
            {
                requests++;
                results.AddRange(await UpsertOneByOneAsync(entitySet, primaryIdColumn, chunk, cancellationToken).ConfigureAwait(false));
            }
        }

        return new BulkUpsertResult(results, requests);
    }

    private async Task<IReadOnlyList<UpsertItemResult>> UpsertOneByOneAsync(string entitySet, string primaryIdColumn, UpsertItem[] chunk, CancellationToken cancellationToken)
    {
        var batch = new BatchRequestBuilder(_options.ApiRoot);
        var prefer = new Dictionary<string, string> { ["Prefer"] = "return=representation" };
        foreach (var item in chunk)
        {
            batch.Add("PATCH", $"{ODataKey.Address(entitySet, item.Key)}?$select={primaryIdColumn}", item.Columns, prefer);
        }

        using var response = await Call(() => _api.BatchAsync(batch.Build(), "odata.continue-on-error", cancellationToken)).ConfigureAwait(false);
        var answers = await BatchResponseReader.ReadAsync(response, cancellationToken).ConfigureAwait(false);
        return chunk.Select((item, index) =>
        {
            if (index >= answers.Count)
            {
                return new UpsertItemResult(item.Key, UpsertOutcome.Failed,
                    new DataverseWebApiException(0, 0, "Dataverse did not run this operation of the $batch.", $"PATCH {entitySet}({item.Key})"));
            }

            var answer = answers[index];
            if (answer.IsSuccess)
            {
                return new UpsertItemResult(item.Key, answer.StatusCode == 201 ? UpsertOutcome.Created : UpsertOutcome.Updated);
            }

            var (code, message) = DataverseErrorBody.Parse(answer.Body, answer.StatusCode);
            return new UpsertItemResult(item.Key, UpsertOutcome.Failed, new DataverseWebApiException(answer.StatusCode, code, message, $"PATCH {entitySet}({item.Key})"));
        }).ToList();
    }

    private static JsonObject Target(string entitySet, string logicalName, UpsertItem item)
    {
        var target = new JsonObject
        {
            ["@odata.type"] = "Microsoft.Dynamics.CRM." + logicalName,
            ["@odata.id"] = ODataKey.Address(entitySet, item.Key),
        };
        foreach (var (name, value) in item.Columns)
        {
            target[name] = value?.DeepClone();
        }

        return target;
    }

    // Refit wraps what the handlers throw; callers get Dataverse's typed error (or the transport's) itself.
    private static async Task<T> Call<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ApiRequestException exception) when (exception.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    // The nextLink repeats the query with a $skiptoken; the token is all that changes between pages.
    private static string? SkipTokenOf(string nextLink)
    {
        var query = new Uri(nextLink, UriKind.Absolute).Query;
        var values = System.Web.HttpUtility.ParseQueryString(query);
        return values["$skiptoken"] ?? values["%24skiptoken"];
    }
}
