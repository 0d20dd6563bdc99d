using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Messaging.Transport;
using SalesGoals.Crm.Worker.Messaging;

namespace SalesGoals.Crm.Worker.Hosting;

/// <summary>
/// Schedules the daily pace sweep: <see cref="WorkerOptions.SweepLeadTime"/> before the sweep time every worker
/// schedules the message <c>pace-sweep:&lt;local date&gt;</c> for the sweep time. The ids are equal, so the queue's
/// duplicate detection keeps one, and one worker sweeps.
/// </summary>
public sealed partial class PaceSweepScheduler : RecurringService
{
    private readonly IQueueSender _sender;
    private readonly WorkerOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger _logger;

    public PaceSweepScheduler(IQueueSender sender, IOptions<WorkerOptions> options, TimeProvider time, ILogger<PaceSweepScheduler> logger)
        : base(time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        _options = options.Value;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Sweeps this worker has scheduled (the queue keeps one per day, whoever sent it).</summary>
    public int Scheduled { get; private set; }

    protected override async Task RunRoundAsync(CancellationToken stoppingToken)
    {
        var (date, at) = SweepCalendar.Next(Time.GetUtcNow(), _options.SweepTime, _zone);
        await WaitAsync(at - _options.SweepLeadTime - Time.GetUtcNow(), stoppingToken).ConfigureAwait(false);
        await ScheduleAsync(date, at, stoppingToken).ConfigureAwait(false);
        // Past the sweep time before the next round, so it computes the next day's sweep.
        await WaitAsync(at - Time.GetUtcNow() + TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
    }

    private async Task ScheduleAsync(DateOnly date, DateTimeOffset at, CancellationToken stoppingToken)
    {
        try
        {
            await _sender.ScheduleAsync(SyncMessages.CreateDailySweep(date, at), at, stoppingToken).ConfigureAwait(false);
            Scheduled++;
            LogScheduled(date, at);
        }
        catch (ServiceBusException exception)
        {
            // Other workers schedule the same sweep; if all fail, the next day's sweep re-evaluates every goal anyway.
            LogScheduleFailed(date, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pace sweep of {Date} scheduled for {At:O}.")]
    private partial void LogScheduled(DateOnly date, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not schedule the pace sweep of {Date}: {Detail}")]
    private partial void LogScheduleFailed(DateOnly date, string detail);
}
