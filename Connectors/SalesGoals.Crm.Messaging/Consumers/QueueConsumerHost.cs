using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Consumers;

/// <summary>
/// Competing consumer for one queue: bounded concurrency, idempotent processing (message id + entity version),
/// retries then dead-letter with the exception's reason, and a graceful stop that finishes or abandons
/// in-flight work. Survives connection drops: the transport reconnects and redeliveries are deduplicated.
/// </summary>
public sealed partial class QueueConsumerHost : BackgroundService
{
    /// <summary>Dead-letter reason of a message whose body is not bytes (an AMQP map, list, sequence, …).</summary>
    public const string UnsupportedBodyReason = "UnsupportedBody";

    private static readonly TimeSpan MinimumRenewWait = TimeSpan.FromMilliseconds(200);

    private readonly IQueueClient _client;
    private readonly IQueueMessageHandler _handler;
    private readonly IIdempotencyStore _store;
    private readonly ConsumerHostOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly CancellationTokenSource _handlerAbort = new();

    public QueueConsumerHost(IQueueClient client, IQueueMessageHandler handler, IIdempotencyStore store, ConsumerHostOptions options,
        TimeProvider? time = null, ILogger<QueueConsumerHost>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _client = client;
        _handler = handler;
        _store = store;
        _options = options;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public ConsumerCounters Counters { get; } = new();

    public override void Dispose()
    {
        _handlerAbort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using IQueueReceiver receiver = _client.CreateReceiver(_options.QueueName, new QueueReceiverOptions { PrefetchCount = _options.MaxConcurrency });
        using var slots = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            IReadOnlyList<ReceivedQueueMessage> batch = await ReceiveAsync(receiver, stoppingToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                slots.Release();
                continue;
            }

            Task work = ProcessAsync(receiver, batch[0]).ContinueWith(_ => slots.Release(), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            _inFlight[work] = 0;
            _ = work.ContinueWith(done => _inFlight.TryRemove(done, out _), CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        await receiver.StopReceivingAsync(CancellationToken.None).ConfigureAwait(false);
        await DrainAsync().ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ReceivedQueueMessage>> ReceiveAsync(IQueueReceiver receiver, CancellationToken stoppingToken)
    {
        try
        {
            return await receiver.ReceiveAsync(1, _options.ReceiveWait, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return [];
        }
        catch (ServiceBusException exception)
        {
            LogReceiveFailed(exception.Reason, exception.Message);
            try
            {
                await Task.Delay(_options.ErrorDelay, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }

            return [];
        }
    }

    /// <summary>Gives in-flight handlers the grace period, then cancels them (they are abandoned).</summary>
    private async Task DrainAsync()
    {
        Task all = Task.WhenAll(_inFlight.Keys);
        Task grace = Task.Delay(_options.ShutdownGracePeriod, _time);
        if (await Task.WhenAny(all, grace).ConfigureAwait(false) != all)
        {
            await _handlerAbort.CancelAsync().ConfigureAwait(false);
            await all.ConfigureAwait(false);
        }
    }

    private async Task ProcessAsync(IQueueReceiver receiver, ReceivedQueueMessage message)
    {
        Counters.AddReceived();
        if (!message.HasBinaryBody)
        {
            // Handlers read bytes; a map, list or sequence body can never be handled, so it is not retried.
            string description = $"The message body is {message.BodyDescription}; this consumer reads data (bytes) or string bodies only.";
            LogDeadLettered(message.MessageId, UnsupportedBodyReason, description);
            await SettleAsync(message, () => receiver.DeadLetterAsync(message, UnsupportedBodyReason, description), Counters.AddDeadLettered).ConfigureAwait(false);
            return;
        }

        string key = IdempotencyKey(message);
        IdempotencyState state = await _store.TryBeginAsync(key, CancellationToken.None).ConfigureAwait(false);
        if (state == IdempotencyState.AlreadyProcessed)
        {
            Counters.AddDuplicate();
            await SettleAsync(message, () => receiver.CompleteAsync(message), Counters.AddCompleted).ConfigureAwait(false);
            return;
        }

        if (state == IdempotencyState.InProgress)
        {
            // Another delivery of this message is running; this one comes back later and is deduplicated then.
            await SettleAsync(message, () => receiver.AbandonAsync(message), Counters.AddRetried).ConfigureAwait(false);
            return;
        }

        try
        {
            await HandleKeepingTheLockAsync(receiver, message).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_handlerAbort.IsCancellationRequested)
        {
            await _store.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            await SettleAsync(message, () => receiver.AbandonAsync(message), Counters.AddRetried).ConfigureAwait(false);
            return;
        }
        catch (UnprocessableMessageException exception)
        {
            await _store.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            LogDeadLettered(message.MessageId, exception.Reason, exception.Message);
            await SettleAsync(message, () => receiver.DeadLetterAsync(message, exception.Reason, exception.Message), Counters.AddDeadLettered).ConfigureAwait(false);
            return;
        }
#pragma warning disable CA1031 // Any handler failure is a retry or a dead-letter, never a crash of the host.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await _store.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            await FailAsync(receiver, message, exception).ConfigureAwait(false);
            return;
        }

        await _store.MarkProcessedAsync(key, CancellationToken.None).ConfigureAwait(false);
        await SettleAsync(message, () => receiver.CompleteAsync(message), Counters.AddCompleted).ConfigureAwait(false);
    }

    private async Task HandleKeepingTheLockAsync(IQueueReceiver receiver, ReceivedQueueMessage message)
    {
        using var handled = new CancellationTokenSource();
        Task renewing = RenewLockAsync(receiver, message, handled.Token);
        try
        {
            await _handler.HandleAsync(message, _handlerAbort.Token).ConfigureAwait(false);
        }
        finally
        {
            await handled.CancelAsync().ConfigureAwait(false);
            await renewing.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Renews the peek-lock at half its remaining time while the handler runs: a long pull (thousands of deals) would
    /// otherwise outlive the queue's lock duration, fail to complete and run again on another delivery.
    /// </summary>
    private async Task RenewLockAsync(IQueueReceiver receiver, ReceivedQueueMessage message, CancellationToken handled)
    {
        if (message.LockedUntil == DateTimeOffset.MinValue)
        {
            return; // Receive-and-delete or a transport that reports no lock.
        }

        try
        {
            while (true)
            {
                TimeSpan half = (message.LockedUntil - _time.GetUtcNow()) / 2;
                await Task.Delay(half > MinimumRenewWait ? half : MinimumRenewWait, _time, handled).ConfigureAwait(false);
                await receiver.RenewLockAsync(message, handled).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (handled.IsCancellationRequested)
        {
            // The handler is done; the message is settled next.
        }
        catch (ServiceBusException exception)
        {
            // The lock is lost (expired, or the link dropped): the handler finishes, settling fails, and the redelivery is deduplicated.
            LogLockRenewalFailed(message.MessageId, exception.Message);
        }
    }

    private async Task FailAsync(IQueueReceiver receiver, ReceivedQueueMessage message, Exception exception)
    {
        if (message.DeliveryCount >= _options.MaxAttempts)
        {
            string reason = exception.GetType().Name;
            LogDeadLettered(message.MessageId, reason, exception.Message);
            await SettleAsync(message, () => receiver.DeadLetterAsync(message, reason, exception.Message), Counters.AddDeadLettered).ConfigureAwait(false);
            return;
        }

        LogRetrying(message.MessageId, message.DeliveryCount, exception.Message);
        await SettleAsync(message, () => receiver.AbandonAsync(message), Counters.AddRetried).ConfigureAwait(false);
    }

    private async Task SettleAsync(ReceivedQueueMessage message, Func<Task> settle, Action count)
    {
        try
        {
            await settle().ConfigureAwait(false);
            count();
        }
        catch (ServiceBusException exception)
        {
            // The lock is gone (link dropped or expired): the message is redelivered and the idempotency store absorbs it.
            Counters.AddSettlementFailure();
            LogSettlementFailed(message.MessageId, exception.Message);
        }
    }

    private string IdempotencyKey(ReceivedQueueMessage message)
    {
        string id = message.MessageId ?? message.SequenceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        object? version = message.ApplicationProperties.GetValueOrDefault(_options.EntityVersionProperty);
        return version is null ? id : $"{id}|{version}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the lock of message {MessageId} failed; it will be redelivered when its lock expires: {Detail}")]
    private partial void LogLockRenewalFailed(string? messageId, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receive failed ({Reason}): {Detail}")]
    private partial void LogReceiveFailed(ServiceBusFailureReason reason, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} dead-lettered: {Reason} {Detail}")]
    private partial void LogDeadLettered(string? messageId, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} failed on delivery {DeliveryCount}; abandoned for retry: {Detail}")]
    private partial void LogRetrying(string? messageId, int deliveryCount, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Settling message {MessageId} failed; it will be redelivered: {Detail}")]
    private partial void LogSettlementFailed(string? messageId, string detail);
}
