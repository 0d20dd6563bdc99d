using System;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Keeps one open connection scope; after a drop it reconnects with exponential back-off.</summary>
internal sealed class AmqpConnectionManager : IAsyncDisposable
{
    private readonly ServiceBusEndpoint _endpoint;
    private readonly ServiceBusClientOptions _options;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AmqpConnectionScope? _current;
    private long _generation;
    private bool _disposed;

    public AmqpConnectionManager(ServiceBusEndpoint endpoint, ServiceBusClientOptions options)
    {
        _endpoint = endpoint;
        _options = options;
    }

    public ServiceBusClientOptions Options => _options;

    /// <summary>Connections opened so far (1 + reconnects).</summary>
    public long ConnectionsOpened => Interlocked.Read(ref _generation);

    public async Task<AmqpConnectionScope> GetScopeAsync(CancellationToken cancellationToken)
    {
        AmqpConnectionScope? scope = _current;
        if (scope is { IsOpen: true })
        {
            return scope;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_current is { IsOpen: true })
            {
                return _current;
            }

            if (_current is not null)
            {
                await _current.DisposeAsync().ConfigureAwait(false);
                _current = null;
            }

            _current = await ConnectWithRetryAsync(cancellationToken).ConfigureAwait(false);
            return _current;
        }
        finally
        {
            _gate.Release();
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
                if (!failure.IsTransient || attempt >= _options.MaxRetries)
                {
                    throw failure;
                }

                await Task.Delay(Backoff(attempt), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public TimeSpan Backoff(int attempt)
    {
        double factor = Math.Pow(2, Math.Min(attempt, 16));
        TimeSpan delay = TimeSpan.FromTicks((long)Math.Min(_options.RetryMaxBackoff.Ticks, _options.RetryMinBackoff.Ticks * factor));
        return delay + TimeSpan.FromTicks((long)(delay.Ticks * 0.2 * Random.Shared.NextDouble()));
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            if (_current is not null)
            {
                await _current.DisposeAsync().ConfigureAwait(false);
                _current = null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<AmqpConnectionScope> ConnectWithRetryAsync(CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return await AmqpConnectionScope.OpenAsync(_endpoint, _options, Interlocked.Increment(ref _generation), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                ServiceBusException failure = AmqpErrors.Map(exception, $"Connecting to {_endpoint.Host}:{_endpoint.Port}");
                if (!failure.IsTransient || attempt >= _options.MaxRetries)
                {
                    throw failure;
                }

                await Task.Delay(Backoff(attempt), _options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
