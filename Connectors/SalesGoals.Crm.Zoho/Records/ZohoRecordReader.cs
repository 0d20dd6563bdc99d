using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Threading;
using SalesGoals.Crm.Zoho.Api;
using SalesGoals.Crm.Zoho.Errors;

namespace SalesGoals.Crm.Zoho.Records;

/// <summary>Reads a module page by page: 200 records a call, sorted by Modified_Time, following
/// <c>next_page_token</c> (the only way past the first 2000 records), stopping on 204 or 304.</summary>
public sealed class ZohoRecordReader
{
    public const int PerPage = 200;
    public const int MaxFields = 50;
    public const int DiscretePagingLimit = 2000;

    private readonly IZohoCrmApi _api;

    public ZohoRecordReader(IZohoCrmApi api) => _api = api;

    public async IAsyncEnumerable<JsonObject> ReadAsync(
        string module,
        IReadOnlyCollection<string> fields,
        DateTimeOffset? modifiedSince,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (fields.Count is 0 or > MaxFields)
        {
            throw new ArgumentException($"Zoho reads 1 to {MaxFields} fields a call; {fields.Count} were asked for.", nameof(fields));
        }

        var fieldList = string.Join(',', fields);
        var ifModifiedSince = modifiedSince is { } since ? ZohoJson.FormatDateTime(since) : null;
        var page = 1;
        string? pageToken = null;
        while (true)
        {
            var query = new ZohoRecordsQuery
            {
                Fields = fieldList,
                PerPage = PerPage,
                Page = pageToken is null ? page : null,
                PageToken = pageToken,
                SortBy = "Modified_Time",
                SortOrder = "asc",
            };
            var response = await _api.GetRecordsAsync(module, query, ifModifiedSince, cancellationToken);
            var content = ZohoApiResponses.ContentOrEmpty(response);
            if (content is null)
            {
                yield break;
            }

            foreach (var record in content.Data)
            {
                yield return record;
            }

            if (content.Info is not { MoreRecords: true } info)
            {
                yield break;
            }

            if (!string.IsNullOrEmpty(info.NextPageToken))
            {
                pageToken = info.NextPageToken;
            }
            else if (pageToken is null && (page + 1) * PerPage <= DiscretePagingLimit)
            {
                page++;
            }
            else
            {
                throw new ZohoApiException(new ZohoError(
                    ZohoErrorKind.DiscretePaginationLimitExceeded,
                    "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
                    $"Zoho reported more {module} records but gave no next_page_token after record {page * PerPage}.",
                    200));
            }
        }
    }
}
