using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Integration.Alerts;

/// <summary>
/// Writes a goal alert as a task (reminder) for the rep in one external CRM. Each connector registers its own writer
/// in its own registration; the worker calls every registered writer whose system the rep has an account in.
/// Writing the same <see cref="AlertTask.Key"/> again updates that task (never a second one), so a redelivered
/// message or a second worker instance leaves one task per alert.
/// </summary>
public interface IAlertTaskWriter
{
    ExternalSystem System { get; }

    /// <summary>Creates or updates the alert's task; returns the task's id in the CRM.</summary>
    Task<string> WriteAsync(AlertTask task, CancellationToken cancellationToken);
}
