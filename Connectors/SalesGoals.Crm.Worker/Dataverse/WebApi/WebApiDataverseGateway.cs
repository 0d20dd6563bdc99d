using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping.Users;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Integration.Mapping.Records;
using C = SalesGoals.Crm.Integration.Mapping.Records.MappingColumns;

namespace SalesGoals.Crm.Worker.Dataverse.WebApi;

/// <summary>The gateway over the Dataverse Web API (production path; the sandbox uses it too, over loopback HTTP).
/// Reads select only the columns used; external actuals are written in bulk (UpsertMultiple).</summary>
public sealed class WebApiDataverseGateway : IDataverseGateway
{
    private readonly DataverseWebApiClient _client;

    public WebApiDataverseGateway(DataverseWebApiClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    public async Task<IReadOnlyList<DataverseUser>> GetUsersAsync(CancellationToken cancellationToken)
    {
        var rows = await _client.QueryAsync(WebApiNames.SystemUsers, new ODataQuery(["systemuserid", "internalemailaddress", "isdisabled", "fullname"]), cancellationToken).ConfigureAwait(false);
        return rows.Select(u => new DataverseUser(
            JsonColumns.Guid(u, "systemuserid")!.Value,
            JsonColumns.Text(u, "internalemailaddress"),
            !JsonColumns.Bool(u, "isdisabled"),
            FullName: JsonColumns.Text(u, "fullname"))).ToList();
    }

    public async Task<IReadOnlyDictionary<string, Guid>> GetCurrenciesAsync(CancellationToken cancellationToken) =>
        (await CurrencyCodesAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => c.Value, c => c.Key, StringComparer.OrdinalIgnoreCase);

    public async Task<bool> UpsertExternalActualAsync(ExternalActualRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return await _client.UpsertAsync(WebApiNames.ExternalActuals, ExternalActualJson.Key(record), ExternalActualJson.Write(record), WebApiNames.ExternalActualId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<RowWrite>> UpsertExternalActualsAsync(IReadOnlyList<ExternalActualRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var items = records.Select(r => new UpsertItem(ExternalActualJson.Key(r), ExternalActualJson.Write(r))).ToList();
        var result = await _client.UpsertMultipleAsync(WebApiNames.ExternalActuals, WebApiNames.ExternalActual, WebApiNames.ExternalActualId, items, cancellationToken).ConfigureAwait(false);
        return result.Items.Select((item, index) => new RowWrite(records[index].ExternalId, item.Outcome switch
        {
            UpsertOutcome.Created => RowWriteOutcome.Created,
            UpsertOutcome.Updated => RowWriteOutcome.Updated,
            UpsertOutcome.Written => RowWriteOutcome.Written,
            _ => RowWriteOutcome.Refused,
        }, item.Error is null ? null : $"{item.Error.HexCode} {item.Error.DataverseMessage}")).ToList();
    }

    public Task<bool> DeleteExternalActualAsync(ExternalSystem system, string externalId, CancellationToken cancellationToken) =>
        _client.DeleteAsync(WebApiNames.ExternalActuals, Crm.Dataverse.WebApi.Client.ODataKey.Alternate(("sg_sourcesystem", SchemaValues.SystemValue(system)), ("sg_externalid", externalId)), cancellationToken);

    public async Task<IReadOnlyList<ExternalActualRecord>> GetExternalActualsAsync(CancellationToken cancellationToken)
    {
        var rows = await _client.QueryAsync(WebApiNames.ExternalActuals, new ODataQuery(ExternalActualJson.Columns), cancellationToken).ConfigureAwait(false);
        return rows.Select(ExternalActualJson.Read).ToList();
    }

    public async Task<SyncStateRecord?> GetSyncStateAsync(ExternalSystem system, string objectName, CancellationToken cancellationToken)
    {
        var filter = $"sg_system eq {SchemaValues.SystemValue(system)} and sg_object eq {ODataKey.Literal(objectName)}";
        var rows = await _client.QueryAsync(WebApiNames.SyncStates, new ODataQuery(SyncStateJson.Columns, filter), cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : SyncStateJson.Read(rows[0]);
    }

    public async Task SaveSyncStateAsync(SyncStateRecord state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await _client.UpsertAsync(WebApiNames.SyncStates, SyncStateJson.Key(state.System, state.ObjectName), SyncStateJson.Write(state), WebApiNames.SyncStateId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<GoalRecord>> GetGoalsAsync(CancellationToken cancellationToken)
    {
        var metrics = (await _client.QueryAsync(WebApiNames.Metrics, new ODataQuery(["sg_metricid", "sg_code"]), cancellationToken).ConfigureAwait(false))
            .ToDictionary(m => JsonColumns.Guid(m, "sg_metricid")!.Value, m => JsonColumns.Text(m, "sg_code") ?? string.Empty);
        var currencies = await CurrencyCodesAsync(cancellationToken).ConfigureAwait(false);
        var rows = await _client.QueryAsync(WebApiNames.Goals, new ODataQuery(GoalJson.Columns, "statecode eq 0"), cancellationToken).ConfigureAwait(false);
        return rows.Select(g => GoalJson.Read(g, metrics, currencies))
            .OrderBy(g => g.ParentGoalId is null ? 0 : 1).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<PacePage> EvaluatePaceAsync(DateTimeOffset asOf, Guid? startAfterGoalId, int pageSize, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject
        {
            [PaceApi.AsOf] = JsonColumns.InstantValue(asOf),
            [PaceApi.PageSize] = pageSize,
        };
        if (startAfterGoalId is Guid after)
        {
            parameters[PaceApi.StartAfterGoalId] = after.ToString("D");
        }

        var response = await _client.ExecuteActionAsync(PaceApi.MessageName, parameters, cancellationToken).ConfigureAwait(false);
        return new PacePage(
            JsonColumns.Int(response, PaceApi.Evaluated) ?? 0,
            JsonColumns.Int(response, PaceApi.StatusChanged) ?? 0,
            JsonColumns.Int(response, PaceApi.AtRisk) ?? 0,
            JsonColumns.Guid(response, PaceApi.NextGoalId) ?? Guid.Empty);
    }

    public async Task<RecalculationPage> RecalculateGoalSliceAsync(Guid goalId, string? continuation, CancellationToken cancellationToken)
    {
        var parameters = new JsonObject { [RecalculationApi.GoalId] = goalId.ToString("D") };
        if (!string.IsNullOrEmpty(continuation))
        {
            parameters[RecalculationApi.Continuation] = continuation;
        }

        var response = await _client.ExecuteActionAsync(RecalculationApi.MessageName, parameters, cancellationToken).ConfigureAwait(false);
        return new RecalculationPage(
            JsonColumns.Bool(response, RecalculationApi.Done),
            JsonColumns.Text(response, RecalculationApi.NextContinuation) ?? string.Empty,
            JsonColumns.Decimal(response, RecalculationApi.Actual) ?? 0m,
            JsonColumns.Int(response, RecalculationApi.Processed) ?? 0);
    }

    public async Task RecordRecalculationFailureAsync(Guid goalId, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var columns = new JsonObject
        {
            [SgGoal.Fields.RecalcStatus] = SgGoal.Options.RecalcFailed,
            [SgGoal.Fields.RecalcLastError] = error.Length > 4000 ? error[..4000] : error,
        };
        await _client.UpsertAsync(WebApiNames.Goals, ODataKey.Id(goalId), columns, SgGoal.Fields.Id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<MappingRowSet> GetMappingRowsAsync(CancellationToken cancellationToken)
    {
        const string active = "statecode eq 0";
        var fields = await _client.QueryAsync(C.FieldMappingEntitySet, new ODataQuery(MappingRowJson.FieldColumns, active), cancellationToken).ConfigureAwait(false);
        var values = await _client.QueryAsync(C.ValueMappingEntitySet, new ODataQuery(MappingRowJson.ValueColumns, active), cancellationToken).ConfigureAwait(false);
        var users = await _client.QueryAsync(C.UserMappingEntitySet, new ODataQuery(MappingRowJson.UserColumns, active), cancellationToken).ConfigureAwait(false);
        return new MappingRowSet(
            fields.Select(MappingRowJson.ReadField).ToList(),
            values.Select(MappingRowJson.ReadValue).ToList(),
            users.Select(MappingRowJson.ReadUser).ToList());
    }

    public async Task UpsertMappingRowsAsync(MappingRowSet rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var (key, columns) in rows.FieldRows.Select(MappingRowJson.Write))
        {
            await _client.UpsertAsync(C.FieldMappingEntitySet, key, columns, C.FieldMappingTable + "id", cancellationToken).ConfigureAwait(false);
        }

        foreach (var (key, columns) in rows.ValueRows.Select(MappingRowJson.Write))
        {
            await _client.UpsertAsync(C.ValueMappingEntitySet, key, columns, C.ValueMappingTable + "id", cancellationToken).ConfigureAwait(false);
        }

        foreach (var (key, columns) in rows.UserRows.Select(MappingRowJson.Write))
        {
            await _client.UpsertAsync(C.UserMappingEntitySet, key, columns, C.UserMappingTable + "id", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Dictionary<Guid, string>> CurrencyCodesAsync(CancellationToken cancellationToken) =>
        (await _client.QueryAsync(WebApiNames.Currencies, new ODataQuery(["transactioncurrencyid", "isocurrencycode"]), cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => JsonColumns.Guid(c, "transactioncurrencyid")!.Value, c => JsonColumns.Text(c, "isocurrencycode") ?? string.Empty);
}
