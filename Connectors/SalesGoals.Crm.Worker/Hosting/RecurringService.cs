using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace SalesGoals.Crm.Worker.Hosting;

/// <summary>
/// The loop the worker's schedulers share (pulls, the pace sweep, alert scans): one round after another until the
/// host stops. A stop while a round works or waits ends the loop quietly — it is not a failure the host should
/// report — and waits run on the injected clock, so tests move time instead of sleeping.
/// </summary>
public abstract class RecurringService : BackgroundService
{
    protected RecurringService(TimeProvider time) => Time = time ?? throw new ArgumentNullException(nameof(time));

    protected TimeProvider Time { get; }

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunRoundAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>One round: its work, then the wait until the next one is due.</summary>
    protected abstract Task RunRoundAsync(CancellationToken stoppingToken);

    /// <summary>Waits on <see cref="Time"/>; a moment already past (zero or less) does not wait.</summary>
    protected Task WaitAsync(TimeSpan wait, CancellationToken stoppingToken) =>
        wait > TimeSpan.Zero ? Task.Delay(wait, Time, stoppingToken) : Task.CompletedTask;
}
