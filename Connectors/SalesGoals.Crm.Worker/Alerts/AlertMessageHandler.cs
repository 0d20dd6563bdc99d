using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Messaging.Consumers;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Reporting.Alerts;
using SalesGoals.Crm.Worker.Messaging;

namespace SalesGoals.Crm.Worker.Alerts;

/// <summary>
/// Handles "deliver-alert" messages and passes every other message to the worker's own handler. Delivering re-reads
/// the alert: one already told (by this or another worker, or an earlier delivery of this message) owes nothing and
/// nothing is sent again. A failure (Dataverse, a CRM) is rethrown so the consumer retries and finally dead-letters;
/// what was already written is keyed (notification ids, CRM task keys), so a retry rewrites it instead of adding to it.
/// </summary>
public sealed class AlertMessageHandler : IQueueMessageHandler
{
    private readonly IQueueMessageHandler _inner;
    private readonly IServiceProvider _services;
    private readonly AlertDeliveryLog _log;

    public AlertMessageHandler(IQueueMessageHandler inner, IServiceProvider services, AlertDeliveryLog log)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    public async Task HandleAsync(ReceivedQueueMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Subject != AlertMessages.DeliverAlert)
        {
            await _inner.HandleAsync(message, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Leave the transport's I/O thread before any Dataverse call (as the worker's own handler does).
        await Task.Yield();
        var command = QueueCommand.Read(message, AlertMessages.Read, "deliver-alert");
        await QueueCommand.RunAsync(message, $"deliver-alert {command.AlertId} {command.Notice}", _log.Failed, async () =>
        {
            var delivery = _services.GetRequiredService<AlertDeliveryService>();
            _log.Delivered(command, await delivery.DeliverAsync(command.AlertId, cancellationToken).ConfigureAwait(false));
        }).ConfigureAwait(false);
    }
}
