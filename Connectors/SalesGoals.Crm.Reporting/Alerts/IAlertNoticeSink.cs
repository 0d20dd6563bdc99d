using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>A further place an alert's notice goes after the in-app notifications (e.g. a task in the rep's external
/// CRM). Called once per notice before the alert is stamped; a failure fails the delivery, which is then retried, so a
/// sink must be idempotent per (alert, phase).</summary>
public interface IAlertNoticeSink
{
    Task DeliverAsync(AlertNotice notice, CancellationToken cancellationToken);
}
