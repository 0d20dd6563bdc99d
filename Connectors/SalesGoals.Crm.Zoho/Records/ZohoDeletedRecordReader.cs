using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using SalesGoals.Crm.Zoho.Api;

namespace SalesGoals.Crm.Zoho.Records;

/// <summary>Reads <c>/{module}/deleted</c> (recycle bin and permanently deleted), page by page.</summary>
public sealed class ZohoDeletedRecordReader
{
    public const int PerPage = 200;

    private readonly IZohoCrmApi _api;

    public ZohoDeletedRecordReader(IZohoCrmApi api) => _api = api;

    public async IAsyncEnumerable<ZohoDeletedRecord> ReadAsync(
        string module,
        DateTimeOffset? deletedSince,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ifModifiedSince = deletedSince is { } since ? ZohoJson.FormatDateTime(since) : null;
        for (var page = 1; ; page++)
        {
            var response = await _api.GetDeletedRecordsAsync(module, "all", page, PerPage, ifModifiedSince, cancellationToken);
            var content = ZohoApiResponses.ContentOrEmpty(response);
            if (content is null)
            {
                yield break;
            }

            foreach (var record in content.Data)
            {
                yield return record;
            }

            if (content.Info is not { MoreRecords: true })
            {
                yield break;
            }
        }
    }
}
