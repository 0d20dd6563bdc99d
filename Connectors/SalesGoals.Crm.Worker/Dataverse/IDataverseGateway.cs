using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Integration.Mapping.Users;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>What the sync services need from Dataverse, whichever way it is reached
/// (the Dataverse Web API: <see cref="WebApi.WebApiDataverseGateway"/>, for real environments and the sandbox; an in-process
/// organization service: <see cref="OrganizationServiceGateway"/>, for plug-in tests).</summary>
public interface IDataverseGateway
{
    /// <summary>Enabled and disabled users with their primary e-mail, for owner matching.</summary>
    Task<IReadOnlyList<DataverseUser>> GetUsersAsync(CancellationToken cancellationToken);

    /// <summary>ISO code → transaction currency id.</summary>
    Task<IReadOnlyDictionary<string, System.Guid>> GetCurrenciesAsync(CancellationToken cancellationToken);

    /// <summary>Creates or updates the row keyed by (source system, external id). True when it was created.</summary>
    Task<bool> UpsertExternalActualAsync(ExternalActualRecord record, CancellationToken cancellationToken);

    /// <summary>Creates or updates many rows keyed by (source system, external id) in bulk. One result per record, in order:
    /// a row Dataverse refuses is reported with its error and the others are kept.</summary>
    Task<IReadOnlyList<RowWrite>> UpsertExternalActualsAsync(IReadOnlyList<ExternalActualRecord> records, CancellationToken cancellationToken);

    /// <summary>Removes the row of a deal the source deleted. True when there was one.</summary>
    Task<bool> DeleteExternalActualAsync(ExternalSystem system, string externalId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ExternalActualRecord>> GetExternalActualsAsync(CancellationToken cancellationToken);

    Task<SyncStateRecord?> GetSyncStateAsync(ExternalSystem system, string objectName, CancellationToken cancellationToken);

    Task SaveSyncStateAsync(SyncStateRecord state, CancellationToken cancellationToken);

    /// <summary>Goals that are not archived, with their computed progress columns as stored.</summary>
    Task<IReadOnlyList<GoalRecord>> GetGoalsAsync(CancellationToken cancellationToken);

    /// <summary>Calls the sg_EvaluatePace Custom API for one page of active goals as of an instant.</summary>
    Task<PacePage> EvaluatePaceAsync(System.DateTimeOffset asOf, System.Guid? startAfterGoalId, int pageSize, CancellationToken cancellationToken);

    /// <summary>Calls the sg_RecalculateGoal Custom API for one slice (continuation null: resume or start).</summary>
    Task<RecalculationPage> RecalculateGoalSliceAsync(System.Guid goalId, string? continuation, CancellationToken cancellationToken);

    /// <summary>Marks the goal's recalculation Failed with the error (the failed slice itself rolled back).</summary>
    Task RecordRecalculationFailureAsync(System.Guid goalId, string error, CancellationToken cancellationToken);

    /// <summary>Active rows of sg_fieldmapping, sg_valuemapping and sg_usermapping (all systems).</summary>
    Task<MappingRowSet> GetMappingRowsAsync(CancellationToken cancellationToken);

    /// <summary>Creates or updates mapping rows by their alternate keys (field: system, object, canonical field,
    /// direction; value: system, kind, external value; user: system, external user id), so two workers seeding
    /// the defaults at once end with one set.</summary>
    Task UpsertMappingRowsAsync(MappingRowSet rows, CancellationToken cancellationToken);
}
