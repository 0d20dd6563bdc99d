using System;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Messaging;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>
/// Drives a goal's recalculation through the queue: each recalculate-goal message runs one slice of
/// sg_RecalculateGoal (its own Dataverse transaction, within the plug-in's request budget) and yields the
/// message for the next slice until the goal is done. A redelivered slice re-runs the same continuation,
/// which changes nothing already written. A failed slice is recorded on the goal (Failed, last error) and
/// rethrown, so the consumer retries it and finally dead-letters it; the goal keeps its continuation.
/// </summary>
public sealed class GoalRecalculator
{
    private readonly IDataverseGateway _dataverse;

    public GoalRecalculator(IDataverseGateway dataverse) => _dataverse = dataverse ?? throw new ArgumentNullException(nameof(dataverse));

    /// <summary>Runs the command's slice; returns the page and the command for the next slice (null when done).</summary>
    public async Task<(RecalculationPage Page, RecalculationCommand? Next)> RunSliceAsync(RecalculationCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        RecalculationPage page;
        try
        {
            page = await _dataverse.RecalculateGoalSliceAsync(command.GoalId, command.Continuation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await _dataverse.RecordRecalculationFailureAsync(command.GoalId, exception.Message, cancellationToken).ConfigureAwait(false);
            throw;
        }

        return (page, page.Done ? null : new RecalculationCommand(command.GoalId, command.Slice + 1, page.Continuation));
    }
}
