using System;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Keeps one open connection scope; after a drop it reconnects with exponential back-off.</summary>
internal sealed class AmqpConnectionManager : IAsyncDisposable
{
    private readonly ServiceBusEndpoint endpoint;
    private readonly ServiceBusClientOptions options;
    private readonly SemaphoreSlim gate = new(1, 1);
    private AmqpConnectionScope? current;
    private long generation;
    private bool disposed;

    public AmqpConnectionManager(ServiceBusEndpoint endpoint, ServiceBusClientOptions options)
    {
        this.endpoint = endpoint;
        this.options = options;
    }

    public ServiceBusClientOptions Options => options;

    /// <summary>Connections opened so far (1 + reconnects).</summary>
    public long ConnectionsOpened => Interlocked.Read(ref generation);

    public async Task<AmqpConnectionScope> GetScopeAsync(CancellationToken cancellationToken)
    {
        AmqpConnectionScope? scope = current;
        if (scope is { IsOpen: true })
        {
            return scope;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (current is { IsOpen: true })
            {
                return current;
            }

            if (current is not null)
            {
                await current.DisposeAsync().ConfigureAwait(false);
                current = null;
            }

            current = await ConnectWithRetryAsync(cancellationToken).ConfigureAwait(false);
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<T> RetryAsync<T>(string operation, Func<AmqpConnectionScope, Task<T>> action, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            AmqpConnectionScope scope = await GetScopeAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await action(scope).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ServiceBusException failure = AmqpErrors.Map(exception, operation);
                if (!failure.IsTransient || attempt >= options.MaxRetries)
                {
                    throw failure;
                }

                await Task.Delay(Backoff(attempt), options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public TimeSpan Backoff(int attempt)
    {
        double factor = Math.Pow(2, Math.Min(attempt, 16));
        TimeSpan delay = TimeSpan.FromTicks((long)Math.Min(options.RetryMaxBackoff.Ticks, options.RetryMinBackoff.Ticks * factor));
        return delay + TimeSpan.FromTicks((long)(delay.Ticks * 0.2 * Random.Shared.NextDouble()));
    }

    public async ValueTask DisposeAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            disposed = true;
            if (current is not null)
            {
                await current.DisposeAsync().ConfigureAwait(false);
                current = null;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<AmqpConnectionScope> ConnectWithRetryAsync(CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return await AmqpConnectionScope.OpenAsync(endpoint, options, Interlocked.Increment(ref generation), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ServiceBusException failure = AmqpErrors.Map(exception, $"Connecting to {endpoint.Host}:{endpoint.Port}");
                if (!failure.IsTransient || attempt >= options.MaxRetries)
                {
                    throw failure;
                }

                await Task.Delay(Backoff(attempt), options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
