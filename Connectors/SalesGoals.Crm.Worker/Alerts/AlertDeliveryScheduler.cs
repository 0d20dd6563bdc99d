using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Reporting.Alerts;
using SalesGoals.Crm.Worker.Hosting;

namespace SalesGoals.Crm.Worker.Alerts;

/// <summary>
/// Every <see cref="AlertWorkerOptions.ScanInterval"/> reads the alerts that owe a notice (raised and not told, resolved
/// and "back on track" not told, or stale) and queues one "deliver-alert" message each. Every worker instance does
/// this; the message ids are equal for the same (alert, notice), so the queue keeps one, and the handler re-reads the
/// alert before telling anyone, so a message that slips through after the stamp changes nothing.
/// </summary>
public sealed partial class AlertDeliveryScheduler : RecurringService
{
    private readonly IServiceProvider _services;
    private readonly IQueueSender _sender;
    private readonly AlertWorkerOptions _options;
    private readonly AlertDeliveryLog _log;
    private readonly ILogger _logger;

    public AlertDeliveryScheduler(
        IServiceProvider services, IQueueSender sender, IOptions<AlertWorkerOptions> options, TimeProvider time, AlertDeliveryLog log, ILogger<AlertDeliveryScheduler> logger)
        : base(time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        _options = options.Value;
        _log = log ?? throw new ArgumentNullException(nameof(log));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Scans this worker has finished.</summary>
    public int Scans { get; private set; }

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        await ScanAsync(stoppingToken).ConfigureAwait(false);
        await Task.Delay(_options.ScanInterval, Time, stoppingToken).ConfigureAwait(false);
    }

    /// <summary>One scan: queues a message per alert that owes something; returns how many were queued.</summary>
    public async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        try
        {
            var pending = await _services.GetRequiredService<AlertDeliveryService>().ReadPendingAsync(cancellationToken).ConfigureAwait(false);
            foreach (var alert in pending)
            {
                await _sender.SendAsync(AlertMessages.Create(alert), cancellationToken).ConfigureAwait(false);
                _log.Queue();
                queued++;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Dataverse or the queue unavailable: the next scan finds the same alerts (nothing was stamped).
            _log.Failed("alert scan: " + exception.Message);
            LogScanFailed(exception.Message);
        }

        Scans++;
        return queued;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for goal alerts to deliver failed; trying again at the next scan: {Reason}")]
    private partial void LogScanFailed(string reason);
}
