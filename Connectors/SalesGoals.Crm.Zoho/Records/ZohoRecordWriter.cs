using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Zoho.Api;
using SalesGoals.Crm.Zoho.Configuration;
using SalesGoals.Crm.Zoho.Errors;

namespace SalesGoals.Crm.Zoho.Records;

/// <summary>Writes records in calls of at most 100 and reports each record's outcome. Records that
/// failed for a transient reason (207 mixed) are sent again on their own, up to
/// <see cref="MaxRecordAttempts"/> times; the others are never resent.</summary>
public sealed class ZohoRecordWriter
{
    public const int MaxRecordAttempts = 4;

    private readonly IZohoCrmApi _api;
    private readonly ZohoOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ZohoRecordWriter> _logger;

    public ZohoRecordWriter(IZohoCrmApi api, IOptions<ZohoOptions> options, TimeProvider time, ILogger<ZohoRecordWriter> logger)
    {
        _api = api;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task<IReadOnlyList<ZohoWriteOutcome>> WriteAsync(
        ZohoWriteOperation operation,
        string module,
        IReadOnlyList<JsonObject> records,
        IReadOnlyList<string>? duplicateCheckFields,
        CancellationToken cancellationToken)
    {
        var outcomes = new ZohoWriteOutcome?[records.Count];
        var batches = Enumerable.Range(0, records.Count).Chunk(ZohoWriteRequest.MaxRecords).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(batches, parallel, async (batch, ct) =>
        {
            foreach (var outcome in await WriteBatchAsync(operation, module, records, batch, duplicateCheckFields, ct))
            {
                outcomes[outcome.Index] = outcome;
            }
        });
        return outcomes.Select(o => o!).ToList();
    }

    private async Task<List<ZohoWriteOutcome>> WriteBatchAsync(
        ZohoWriteOperation operation,
        string module,
        IReadOnlyList<JsonObject> records,
        IReadOnlyList<int> batch,
        IReadOnlyList<string>? duplicateCheckFields,
        CancellationToken cancellationToken)
    {
        var done = new List<ZohoWriteOutcome>(batch.Count);
        var pending = batch.ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(_options.RetryBaseDelay * Math.Pow(2, attempt - 2), _time, cancellationToken);
            }

            var results = await SendAsync(operation, module, pending.Select(i => records[i]).ToList(), duplicateCheckFields, cancellationToken);
            var retry = new List<int>();
            for (var position = 0; position < pending.Count; position++)
            {
                var index = pending[position];
                var result = results[position];
                // Whole-call failures were already retried by the resilience pipeline where that is safe;
                // only records Zoho itself reported as not saved for a passing reason are sent again.
                if (result.PerRecord && result.Error is { IsTransient: true } && attempt < MaxRecordAttempts)
                {
                    retry.Add(index);
                    continue;
                }

                done.Add(new ZohoWriteOutcome(index, result.Error is null, result.RecordId, result.Action, result.Error, attempt));
            }

            if (retry.Count > 0)
            {
                _logger.LogWarning("Zoho {Module}: {Count} record(s) failed transiently; sending them again", module, retry.Count);
            }

            pending = retry;
        }

        return done;
    }

    private async Task<List<(string? RecordId, string? Action, ZohoError? Error, bool PerRecord)>> SendAsync(
        ZohoWriteOperation operation,
        string module,
        List<JsonObject> records,
        IReadOnlyList<string>? duplicateCheckFields,
        CancellationToken cancellationToken)
    {
        // Records are cloned because a JsonNode can belong to one parent only and may be resent.
        var body = new ZohoWriteRequest
        {
            Data = records.Select(r => (JsonObject)r.DeepClone()).ToList(),
            DuplicateCheckFields = operation == ZohoWriteOperation.Upsert && duplicateCheckFields is { Count: > 0 } ? duplicateCheckFields.ToList() : null,
        };
        var response = operation switch
        {
            ZohoWriteOperation.Insert => await _api.InsertRecordsAsync(module, body, cancellationToken),
            ZohoWriteOperation.Update => await _api.UpdateRecordsAsync(module, body, cancellationToken),
            _ => await _api.UpsertRecordsAsync(module, body, cancellationToken),
        };
        ZohoApiResponses.EnsureReceived(response);
        var status = ZohoApiResponses.Status(response);
        var errorBody = ZohoApiResponses.ErrorBody(response);
        var perRecord = response.IsSuccessStatusCode && response.Error is null ? response.Content?.Data : TryReadRecordResults(errorBody);
        if (perRecord is null)
        {
            // A whole-call error (INVALID_MODULE, LIMIT_EXCEEDED, throttled past every retry): every record shares it.
            var error = ZohoErrorParser.Parse(status, errorBody);
            return records.Select(_ => ((string?)null, (string?)null, (ZohoError?)error, false)).ToList();
        }

        var results = new List<(string?, string?, ZohoError?, bool)>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            if (i >= perRecord.Count)
            {
                results.Add((null, null, new ZohoError(ZohoErrorKind.Unknown, "NO_RESULT", "Zoho returned no result for this record.", status), false));
                continue;
            }

            var result = perRecord[i];
            results.Add(result.IsSuccess
                ? (result.RecordId, result.Action, null, true)
                : (null, null, ZohoErrorParser.FromRecordResult(result, status), true));
        }

        return results;
    }

    private static List<ZohoRecordResult>? TryReadRecordResults(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<ZohoWriteResponse>(body, ZohoJson.Options);
            return parsed?.Data is { Count: > 0 } data && data.All(d => d.Code is not null) ? data : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
