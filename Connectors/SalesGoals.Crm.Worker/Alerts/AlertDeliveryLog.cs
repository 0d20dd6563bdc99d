using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Reporting.Alerts;

namespace SalesGoals.Crm.Worker.Alerts;

/// <summary>What this worker did about alerts (for the health view and tests): messages queued, deliveries with their
/// results, CRM tasks written, failures.</summary>
public sealed class AlertDeliveryLog
{
    private readonly ConcurrentQueue<(DeliverAlertCommand Command, AlertDeliveryResult Result)> _deliveries = new();
    private readonly ConcurrentQueue<string> _tasks = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private int _queued;

    public int Queued => _queued;

    public IReadOnlyList<(DeliverAlertCommand Command, AlertDeliveryResult Result)> Deliveries => _deliveries.ToList();

    /// <summary>"System alertId notice → task id" per CRM task written.</summary>
    public IReadOnlyList<string> Tasks => _tasks.ToList();

    public IReadOnlyList<string> Failures => _failures.ToList();

    public void Queue() => System.Threading.Interlocked.Increment(ref _queued);

    public void Delivered(DeliverAlertCommand command, AlertDeliveryResult result) => _deliveries.Enqueue((command, result));

    public void TaskWritten(string line) => _tasks.Enqueue(line);

    public void Failed(string line) => _failures.Enqueue(line);
}
