using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Translation;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>
/// Upserts goal rows into the custom goal object keyed by the Dataverse goal id. Fenxiang has no batch
/// upsert: one query per 100 keys, then one create or update per row (plus changeOwner when the owner
/// moved). Transient failures get extra rounds that re-read their keys first, so nothing is duplicated.
/// </summary>
internal sealed class FenxiangProgressWriter
{
    private const int KeysPerQuery = 100;
    private readonly IFenxiangClient _client;
    private readonly ObjectMap _goals;
    private readonly RecordTranslator _translator;
    private readonly FenxiangAdapterOptions _options;
    private readonly string _keyField;
    private readonly string? _ownerField;

    public FenxiangProgressWriter(IFenxiangClient client, CrmMapping mapping, RecordTranslator translator, FenxiangAdapterOptions options)
    {
        _client = client;
        _translator = translator;
        _options = options;
        _goals = mapping.ObjectFor(ObjectMap.GoalProgressEntity)!;
        _keyField = _goals.ExternalFieldFor(CanonicalGoalField.GoalId)
            ?? throw new InvalidOperationException($"The Fenxiang mapping of {_goals.ExternalObject} does not map '{CanonicalGoalField.GoalId}', the unique key goals are written by.");
        _ownerField = _goals.ExternalFieldFor(CanonicalGoalField.Owner);
    }

    public async Task<IReadOnlyList<GoalProgressWriteResult>> WriteAsync(IReadOnlyList<GoalProgressRow> rows, CancellationToken cancellationToken)
    {
        GoalRowValidator.EnsureValid(rows);
        var results = new ConcurrentDictionary<Guid, Outcome>();
        var pending = new List<(GoalProgressRow Row, JsonObject Fields)>();
        foreach (var row in rows)
        {
            var external = _translator.ToExternal(_goals, CanonicalGoalProgress.From(row));
            if (external.IsComplete)
            {
                pending.Add((row, FenxiangRecords.ToObject(external.Fields)));
            }
            else
            {
                results[row.GoalId] = new Outcome(new GoalProgressWriteResult(row.GoalId, false, ErrorCode: "Mapping", Message: string.Join(" ", external.Problems)), false);
            }
        }

        var stop = new StopSignal();
        for (var round = 0; round <= _options.WriteRetryRounds && pending.Count > 0; round++)
        {
            var existing = await FindExistingAsync(pending.Select(p => p.Row.GoalId), stop, cancellationToken).ConfigureAwait(false);
            await Parallel.ForEachAsync(
                pending,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.WriteParallelism), CancellationToken = cancellationToken },
                async (item, token) => results[item.Row.GoalId] = await WriteOneAsync(item.Row, item.Fields, existing, stop, token).ConfigureAwait(false))
                .ConfigureAwait(false);
            pending = pending.Where(p => results[p.Row.GoalId].Transient).ToList();
        }

        return rows.Select(r => results[r.GoalId].Result).ToList();
    }

    private async Task<Dictionary<string, JsonObject>> FindExistingAsync(IEnumerable<Guid> goalIds, StopSignal stop, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        var projection = new List<string> { "_id", _keyField };
        if (_ownerField is not null)
        {
            projection.Add(_ownerField);
        }

        foreach (var chunk in goalIds.Select(g => g.ToString("D")).Chunk(KeysPerQuery))
        {
            if (stop.Error is not null)
            {
                break;
            }

            try
            {
                QueryFilter[] byKeys = [new QueryFilter(_keyField, chunk, QueryOperators.In)];
                var page = (await _client.QueryPageAsync(
                    _goals.ExternalObject, new SearchQueryInfo { Limit = KeysPerQuery, Filters = byKeys, FieldProjection = projection }, includeTotal: false, cancellationToken).ConfigureAwait(false)).Records();
                IEnumerable<JsonObject> records = page;
                if (page.Count == KeysPerQuery && page.Select(r => FenxiangRecords.Text(r, _keyField)).Distinct().Count() < page.Count)
                {
                    // Unique keys fit one page; only duplicated keys (an admin's copy-paste) need the cursor walk.
                    records = await ReadAllAsync(byKeys, projection, cancellationToken).ConfigureAwait(false);
                }

                foreach (var record in records)
                {
                    if (FenxiangRecords.Text(record, _keyField) is { } key)
                    {
                        found[key] = record;
                    }
                }
            }
            catch (FenxiangApiException ex) when (ex.Outcome == FenxiangOutcome.QuotaExhausted)
            {
                stop.Error = ex.Error;
            }
        }

        return found;
    }

    private async Task<List<JsonObject>> ReadAllAsync(QueryFilter[] filters, List<string> projection, CancellationToken cancellationToken)
    {
        var records = new List<JsonObject>();
        await foreach (var record in _client.QueryAllAsync(_goals.ExternalObject, filters, projection, KeysPerQuery, cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records;
    }

    private async Task<Outcome> WriteOneAsync(
        GoalProgressRow row, JsonObject fields, Dictionary<string, JsonObject> existing, StopSignal stop, CancellationToken cancellationToken)
    {
        if (stop.Error is { } quota)
        {
            return new Outcome(Failed(row, quota, "not attempted: "), false);
        }

        string? recordId = null;
        try
        {
            if (existing.TryGetValue(row.GoalId.ToString("D"), out var current))
            {
                recordId = FenxiangRecords.Text(current, "_id")!;
                var changes = (JsonObject)fields.DeepClone();
                if (_ownerField is not null)
                {
                    changes.Remove(_ownerField);
                }

                await _client.UpdateAsync(_goals.ExternalObject, recordId, changes, cancellationToken).ConfigureAwait(false);
                if (_ownerField is not null && !string.Equals(FenxiangRecords.Text(current, _ownerField), row.OwnerExternalId, StringComparison.Ordinal))
                {
                    await _client.ChangeOwnerAsync(_goals.ExternalObject, recordId, row.OwnerExternalId, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                recordId = await _client.CreateAsync(_goals.ExternalObject, fields, cancellationToken).ConfigureAwait(false);
            }

            return new Outcome(new GoalProgressWriteResult(row.GoalId, true, recordId), false);
        }
        catch (FenxiangApiException ex)
        {
            if (ex.Outcome == FenxiangOutcome.QuotaExhausted)
            {
                stop.Error = ex.Error;
            }

            return new Outcome(Failed(row, ex.Error, string.Empty) with { ExternalRecordId = recordId }, FenxiangErrorClassifier.IsTransient(ex.Outcome));
        }
    }

    private static GoalProgressWriteResult Failed(GoalProgressRow row, FenxiangError error, string prefix) =>
        new(row.GoalId, false, ErrorCode: error.HttpStatus is { } status ? $"HTTP {status}" : error.Code.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Message: $"{prefix}{error.Outcome}: {error.Message} (traceId {error.TraceId ?? "none"})");

    /// <summary>A row's result and whether another round may fix it.</summary>
    private sealed record Outcome(GoalProgressWriteResult Result, bool Transient);

    /// <summary>Set once the daily quota is gone: the remaining rows are reported, not attempted.</summary>
    private sealed class StopSignal
    {
        private FenxiangError? _error;

        public FenxiangError? Error
        {
            get => Volatile.Read(ref _error);
            set => Volatile.Write(ref _error, value);
        }
    }
}
