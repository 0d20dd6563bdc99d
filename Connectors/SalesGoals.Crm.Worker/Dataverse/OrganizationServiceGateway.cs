using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Integration.Mapping.Users;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>The gateway over an <see cref="IOrganizationService"/> (in-process: the local Dataverse of the sandbox).
/// Calls are synchronous underneath; the tasks complete at once.</summary>
public sealed class OrganizationServiceGateway : IDataverseGateway
{
    private const string ExternalActual = "sg_externalactual";
    private const string SyncState = "sg_syncstate";
    private readonly IOrganizationService _service;
    private readonly object _sync = new();

    public OrganizationServiceGateway(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public Task<IReadOnlyList<DataverseUser>> GetUsersAsync(CancellationToken cancellationToken)
    {
        var users = RetrieveAll("systemuser", new ColumnSet("internalemailaddress", "isdisabled", "fullname"))
            .Select(u => new DataverseUser(
                u.Id,
                u.GetAttributeValue<string>("internalemailaddress"),
                !u.GetAttributeValue<bool>("isdisabled"),
                FullName: u.GetAttributeValue<string>("fullname")))
            .ToList();
        return Task.FromResult<IReadOnlyList<DataverseUser>>(users);
    }

    public Task<IReadOnlyDictionary<string, Guid>> GetCurrenciesAsync(CancellationToken cancellationToken)
    {
        var currencies = RetrieveAll("transactioncurrency", new ColumnSet("isocurrencycode"))
            .ToDictionary(c => c.GetAttributeValue<string>("isocurrencycode"), c => c.Id, StringComparer.OrdinalIgnoreCase);
        return Task.FromResult<IReadOnlyDictionary<string, Guid>>(currencies);
    }

    public Task<bool> UpsertExternalActualAsync(ExternalActualRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var target = new Entity(ExternalActual);
        target.KeyAttributes["sg_sourcesystem"] = new OptionSetValue(SchemaValues.SystemValue(record.System));
        target.KeyAttributes["sg_externalid"] = record.ExternalId;
        ExternalActualColumns.Write(record, target);
        var response = (UpsertResponse)Execute(new UpsertRequest { Target = target });
        return Task.FromResult(response.RecordCreated);
    }

    public async Task<IReadOnlyList<RowWrite>> UpsertExternalActualsAsync(IReadOnlyList<ExternalActualRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var results = new List<RowWrite>(records.Count);
        foreach (var record in records)
        {
            try
            {
                var created = await UpsertExternalActualAsync(record, cancellationToken).ConfigureAwait(false);
                results.Add(new RowWrite(record.ExternalId, created ? RowWriteOutcome.Created : RowWriteOutcome.Updated));
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
            {
                results.Add(new RowWrite(record.ExternalId, RowWriteOutcome.Refused, $"0x{fault.Detail.ErrorCode:x8} {fault.Detail.Message}"));
            }
        }

        return results;
    }

    public Task<bool> DeleteExternalActualAsync(ExternalSystem system, string externalId, CancellationToken cancellationToken)
    {
        var query = new QueryExpression(ExternalActual) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("sg_sourcesystem", ConditionOperator.Equal, SchemaValues.SystemValue(system));
        query.Criteria.AddCondition("sg_externalid", ConditionOperator.Equal, externalId);
        var row = RetrieveMultiple(query).Entities.FirstOrDefault();
        if (row is null)
        {
            return Task.FromResult(false);
        }

        lock (_sync)
        {
            _service.Delete(ExternalActual, row.Id);
        }

        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<ExternalActualRecord>> GetExternalActualsAsync(CancellationToken cancellationToken)
    {
        var rows = RetrieveAll(ExternalActual, new ColumnSet(true)).Select(ExternalActualColumns.Read).ToList();
        return Task.FromResult<IReadOnlyList<ExternalActualRecord>>(rows);
    }

    public Task<SyncStateRecord?> GetSyncStateAsync(ExternalSystem system, string objectName, CancellationToken cancellationToken)
    {
        var query = new QueryExpression(SyncState) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("sg_system", ConditionOperator.Equal, SchemaValues.SystemValue(system));
        query.Criteria.AddCondition("sg_object", ConditionOperator.Equal, objectName);
        var row = RetrieveMultiple(query).Entities.FirstOrDefault();
        return Task.FromResult(row is null ? null : SyncStateColumns.Read(row));
    }

    public Task SaveSyncStateAsync(SyncStateRecord state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var target = new Entity(SyncState);
        target.KeyAttributes["sg_system"] = new OptionSetValue(SchemaValues.SystemValue(state.System));
        target.KeyAttributes["sg_object"] = state.ObjectName;
        SyncStateColumns.Write(state, target);
        Execute(new UpsertRequest { Target = target });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GoalRecord>> GetGoalsAsync(CancellationToken cancellationToken)
    {
        var metrics = RetrieveAll("sg_metric", new ColumnSet("sg_code")).ToDictionary(m => m.Id, m => m.GetAttributeValue<string>("sg_code"));
        var currencies = RetrieveAll("transactioncurrency", new ColumnSet("isocurrencycode"))
            .ToDictionary(c => c.Id, c => c.GetAttributeValue<string>("isocurrencycode"));
        var query = new QueryExpression("sg_goal") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        var goals = RetrieveAll(query)
            .Select(g => GoalColumns.Read(g, metrics, currencies))
            .OrderBy(g => g.ParentGoalId is null ? 0 : 1).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<GoalRecord>>(goals);
    }

    public Task<MappingRowSet> GetMappingRowsAsync(CancellationToken cancellationToken)
    {
        var rows = new MappingRowSet(
            Active(MappingColumns.FieldMappingTable).Select(MappingRowColumns.ReadField).ToList(),
            Active(MappingColumns.ValueMappingTable).Select(MappingRowColumns.ReadValue).ToList(),
            Active(MappingColumns.UserMappingTable).Select(MappingRowColumns.ReadUser).ToList());
        return Task.FromResult(rows);
    }

    public Task UpsertMappingRowsAsync(MappingRowSet rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var targets = rows.FieldRows.Select(MappingRowColumns.Write)
            .Concat(rows.ValueRows.Select(MappingRowColumns.Write))
            .Concat(rows.UserRows.Select(MappingRowColumns.Write));
        foreach (var target in targets)
        {
            Execute(new UpsertRequest { Target = target });
        }

        return Task.CompletedTask;
    }

    private IEnumerable<Entity> Active(string table)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        return RetrieveAll(query);
    }


    private List<Entity> RetrieveAll(string table, ColumnSet columns) => RetrieveAll(new QueryExpression(table) { ColumnSet = columns });

    // Every page (Dataverse returns at most 5,000 rows a page), following the paging cookie.
    private List<Entity> RetrieveAll(QueryExpression query)
    {
        var rows = new List<Entity>();
        query.PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 };
        while (true)
        {
            var page = RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    private EntityCollection RetrieveMultiple(QueryExpression query)
    {
        lock (_sync)
        {
            return _service.RetrieveMultiple(query);
        }
    }

    public Task<PacePage> EvaluatePaceAsync(DateTimeOffset asOf, Guid? startAfterGoalId, int pageSize, CancellationToken cancellationToken)
    {
        var request = new OrganizationRequest(PaceApi.MessageName)
        {
            [PaceApi.AsOf] = asOf.UtcDateTime,
            [PaceApi.PageSize] = pageSize,
        };
        if (startAfterGoalId is Guid after)
        {
            request[PaceApi.StartAfterGoalId] = after;
        }

        var results = Execute(request).Results;
        return Task.FromResult(new PacePage(
            (int)results[PaceApi.Evaluated], (int)results[PaceApi.StatusChanged], (int)results[PaceApi.AtRisk], (Guid)results[PaceApi.NextGoalId]));
    }

    public Task<RecalculationPage> RecalculateGoalSliceAsync(Guid goalId, string? continuation, CancellationToken cancellationToken)
    {
        var request = new OrganizationRequest(RecalculationApi.MessageName) { [RecalculationApi.GoalId] = goalId };
        if (!string.IsNullOrEmpty(continuation))
        {
            request[RecalculationApi.Continuation] = continuation;
        }

        var results = Execute(request).Results;
        return Task.FromResult(new RecalculationPage(
            (bool)results[RecalculationApi.Done], (string)results[RecalculationApi.NextContinuation], (decimal)results[RecalculationApi.Actual], (int)results[RecalculationApi.Processed]));
    }

    public Task RecordRecalculationFailureAsync(Guid goalId, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var goal = new Entity(SgGoal.LogicalName, goalId)
        {
            [SgGoal.Fields.RecalcStatus] = new OptionSetValue(SgGoal.Options.RecalcFailed),
            [SgGoal.Fields.RecalcLastError] = error.Length > 4000 ? error[..4000] : error,
        };
        lock (_sync)
        {
            _service.Update(goal);
        }

        return Task.CompletedTask;
    }

    private OrganizationResponse Execute(OrganizationRequest request)
    {
        lock (_sync)
        {
            return _service.Execute(request);
        }
    }
}
