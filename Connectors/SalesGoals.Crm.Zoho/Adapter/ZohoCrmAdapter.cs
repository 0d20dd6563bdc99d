using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Adapters;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Zoho.Api;
using SalesGoals.Crm.Zoho.Configuration;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Zoho CRM behind the canonical adapter contract: deals read incrementally from Deals (and
/// Deals/deleted), goal progress upserted into a custom module keyed by the Dataverse goal id.</summary>
public sealed class ZohoCrmAdapter : IExternalCrmAdapter
{
    private readonly CrmMapping _mapping;
    private readonly ObjectMap _deals;
    private readonly ObjectMap _targets;
    private readonly ZohoGoalRecordBuilder _goalRecords;
    private readonly ZohoRecordReader _reader;
    private readonly ZohoDeletedRecordReader _deletedReader;
    private readonly ZohoRecordWriter _writer;
    private readonly ZohoMetadataClient _metadata;
    private readonly ZohoOptions _options;
    private readonly ILogger<ZohoCrmAdapter> _logger;
    private string? _homeCurrency;

    public ZohoCrmAdapter(
        CrmMapping mapping,
        ZohoRecordReader reader,
        ZohoDeletedRecordReader deletedReader,
        ZohoRecordWriter writer,
        ZohoMetadataClient metadata,
        IOptions<ZohoOptions> options,
        ILogger<ZohoCrmAdapter> logger)
    {
        if (mapping.System != ExternalSystem.Zoho)
        {
            throw new ArgumentException($"A Zoho adapter needs a Zoho mapping, not one for {mapping.System}.", nameof(mapping));
        }

        _mapping = mapping;
        _deals = mapping.ObjectFor(ObjectMap.DealEntity) ?? ZohoDefaultMapping.Deals;
        _targets = mapping.ObjectFor(ObjectMap.GoalProgressEntity) ?? ZohoDefaultMapping.Targets;
        _goalRecords = new ZohoGoalRecordBuilder(mapping, _targets);
        _reader = reader;
        _deletedReader = deletedReader;
        _writer = writer;
        _metadata = metadata;
        _options = options.Value;
        _logger = logger;
    }

    public ExternalSystem System => ExternalSystem.Zoho;

    public Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken) =>
        new ZohoMappingVerifier(_metadata).VerifyAsync(_deals, _targets, _goalRecords.KeyField, cancellationToken);

    public async Task<DealChangeBatch> ReadDealChangesAsync(SyncWatermark since, CancellationToken cancellationToken)
    {
        var translator = new ZohoDealTranslator(_mapping, _deals, await LoadStagesAsync(cancellationToken), await HomeCurrencyAsync(cancellationToken));
        var fields = _deals.Fields.Select(f => f.ExternalField).Append(translator.ModifiedField).Distinct(StringComparer.Ordinal).ToList();

        // Zoho's times have whole seconds: ask from one second earlier and drop what the watermark already covers.
        DateTimeOffset? askFrom = since.ModifiedAfter <= DateTimeOffset.UnixEpoch ? null : since.ModifiedAfter.AddSeconds(-1);
        var deals = new List<ExternalDeal>();
        var problems = new List<string>();
        var next = since;
        await foreach (var record in _reader.ReadAsync(_deals.ExternalObject, fields, askFrom, cancellationToken))
        {
            var (deal, problem) = translator.Translate(record);
            var id = record["id"]?.ToString() ?? string.Empty;
            var modified = deal?.ModifiedOn ?? ZohoJson.ParseDateTime(ZohoRecordValues.Text(record, translator.ModifiedField));
            if (modified is { } time && !ZohoRecordIds.IsAfter(time, id, since.ModifiedAfter, since.LastId))
            {
                continue;
            }

            if (deal is not null)
            {
                deals.Add(deal);
            }
            else
            {
                problems.Add(problem!);
            }

            next = Later(next, modified, id);
        }

        await foreach (var deleted in _deletedReader.ReadAsync(_deals.ExternalObject, askFrom, cancellationToken))
        {
            var time = ZohoJson.ParseDateTime(deleted.DeletedTime);
            if (deleted.Id is null || time is null || !ZohoRecordIds.IsAfter(time.Value, deleted.Id, since.ModifiedAfter, since.LastId))
            {
                continue;
            }

            deals.Add(new ExternalDeal
            {
                System = ExternalSystem.Zoho,
                ExternalId = deleted.Id,
                Name = deleted.DisplayName,
                State = DealState.Open,
                ModifiedOn = time.Value,
                IsDeleted = true,
            });
            next = Later(next, time, deleted.Id);
        }

        var ordered = deals.OrderBy(d => d.ModifiedOn).ThenBy(d => d.ExternalId, ZohoRecordIds.Comparer).ToList();
        _logger.LogInformation("Zoho: {Count} deal change(s) since {Since:O}, {Problems} problem(s)", ordered.Count, since.ModifiedAfter, problems.Count);
        return new DealChangeBatch(ordered, next, problems);
    }

    public async Task<IReadOnlyList<GoalProgressWriteResult>> WriteGoalProgressAsync(
        IReadOnlyList<GoalProgressRow> rows, CancellationToken cancellationToken)
    {
        var results = new GoalProgressWriteResult?[rows.Count];
        var records = new List<System.Text.Json.Nodes.JsonObject>();
        var rowOfRecord = new List<int>();
        var lastRowOfGoal = new Dictionary<Guid, int>();
        for (var i = 0; i < rows.Count; i++)
        {
            lastRowOfGoal[rows[i].GoalId] = i;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (lastRowOfGoal[rows[i].GoalId] != i)
            {
                // Two upserts of one key in parallel batches would race; the latest row is the one that counts.
                results[i] = new GoalProgressWriteResult(rows[i].GoalId, false, ErrorCode: "DUPLICATE_ROW",
                    Message: "The goal appears again later in the same write; only its last row is written.", FieldPath: _goalRecords.KeyField);
                continue;
            }

            var (record, failedField, problem) = _goalRecords.Build(rows[i]);
            if (record is null)
            {
                results[i] = new GoalProgressWriteResult(rows[i].GoalId, false, ErrorCode: "UNMAPPED_VALUE", Message: problem, FieldPath: failedField);
                continue;
            }

            records.Add(record);
            rowOfRecord.Add(i);
        }

        var outcomes = await _writer.WriteAsync(ZohoWriteOperation.Upsert, _targets.ExternalObject, records, [_goalRecords.KeyField], cancellationToken);
        foreach (var outcome in outcomes)
        {
            var row = rowOfRecord[outcome.Index];
            results[row] = outcome.Succeeded
                ? new GoalProgressWriteResult(rows[row].GoalId, true, outcome.RecordId)
                : new GoalProgressWriteResult(rows[row].GoalId, false, null, outcome.Error?.Code, outcome.Error?.Message, outcome.Error?.FieldPath);
        }

        return results.Select(r => r!).ToList();
    }

    private async Task<ZohoStageCatalog> LoadStagesAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(_options.DealsLayoutId))
        {
            return ZohoStageCatalog.FromPipelines(await _metadata.GetPipelinesAsync(_options.DealsLayoutId, cancellationToken));
        }

        var stageField = _deals.ExternalFieldFor(CanonicalDealField.Stage) ?? "Stage";
        var field = (await _metadata.GetFieldsAsync(_deals.ExternalObject, cancellationToken)).FirstOrDefault(f => f.ApiName == stageField)
            ?? throw new InvalidOperationException($"Zoho module {_deals.ExternalObject} has no field {stageField}; deal states cannot be decided.");
        return ZohoStageCatalog.FromStageField(field);
    }

    /// <summary>The org's home currency (<c>GET /crm/v8/org</c> iso_code), read once per adapter: what a deal
    /// without a Currency value is in. The mapping's default is used only if Zoho names none.</summary>
    private async Task<string> HomeCurrencyAsync(CancellationToken cancellationToken)
    {
        if (_homeCurrency is not null)
        {
            return _homeCurrency;
        }

        var org = await _metadata.GetOrganizationAsync(cancellationToken);
        if (org?.IsoCode is { Length: 3 } isoCode)
        {
            return _homeCurrency = isoCode.ToUpperInvariant();
        }

        _logger.LogWarning("Zoho org gave no home currency (iso_code); deals without a currency are taken as {Currency}", _mapping.DefaultCurrency);
        return _homeCurrency = _mapping.DefaultCurrency;
    }

    private static SyncWatermark Later(SyncWatermark current, DateTimeOffset? modified, string id) =>
        modified is { } time && ZohoRecordIds.IsAfter(time, id, current.ModifiedAfter, current.LastId ?? string.Empty)
            ? new SyncWatermark(time, id)
            : current;
}
