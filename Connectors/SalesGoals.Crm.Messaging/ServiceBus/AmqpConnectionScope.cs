using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amqp;
using Amqp.Framing;
using Amqp.Sasl;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>
/// One AMQP connection with its session, the CBS tokens put on it (renewed before they expire) and its
/// <c>$management</c> channels. A dropped connection is never reused: the manager opens a new scope.
/// </summary>
internal sealed class AmqpConnectionScope : IAsyncDisposable
{
    private const string CbsNode = "$cbs";
    private static readonly TimeSpan RenewalRetryDelay = TimeSpan.FromSeconds(1);
    private readonly ServiceBusEndpoint _endpoint;
    private readonly ServiceBusClientOptions _options;
    private readonly SemaphoreSlim _cbsGate = new(1, 1);
    private readonly Dictionary<string, ITimer> _renewals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task<AmqpRequestResponseChannel>> _management = new(StringComparer.OrdinalIgnoreCase);
    private AmqpRequestResponseChannel? _cbs;
    private bool _disposed;

    private AmqpConnectionScope(Connection connection, Session session, long generation, ServiceBusEndpoint endpoint, ServiceBusClientOptions options)
    {
        Connection = connection;
        Session = session;
        Generation = generation;
        _endpoint = endpoint;
        _options = options;
    }

    public Connection Connection { get; }

    public Session Session { get; }

    public long Generation { get; }

    public bool IsOpen => !_disposed && !Connection.IsClosed && !Session.IsClosed;

    public static async Task<AmqpConnectionScope> OpenAsync(ServiceBusEndpoint endpoint, ServiceBusClientOptions options, long generation, CancellationToken cancellationToken)
    {
        var factory = new ConnectionFactory();
        factory.AMQP.ContainerId = "salesgoals-" + Guid.NewGuid().ToString("N");
        factory.AMQP.HostName = endpoint.Host;
        if (endpoint.KeyName is null)
        {
            factory.SASL.Profile = SaslProfile.Anonymous;
        }

        var address = new Address(endpoint.Host, endpoint.Port, endpoint.KeyName, endpoint.Key, "/", endpoint.UseTls ? "amqps" : "amqp");
        Connection connection;
        try
        {
            connection = await factory.CreateAsync(address).WaitAsync(options.OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (AmqpException exception) when (SaslMismatch.TryDescribe(exception, endpoint.KeyName is null ? "ANONYMOUS" : "PLAIN") is { } mismatch)
        {
            throw new ServiceBusException(ServiceBusFailureReason.Unauthorized, mismatch, exception);
        }

        var session = new Session(connection);
        return new AmqpConnectionScope(connection, session, generation, endpoint, options);
    }

    /// <summary>Puts a token for the entity's audience on <c>$cbs</c> unless one is already in force on this connection.</summary>
    public async Task AuthorizeAsync(string entityPath, CancellationToken cancellationToken)
    {
        string audience = _endpoint.AudienceFor(entityPath);
        await _cbsGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_renewals.ContainsKey(audience))
            {
                return;
            }

            DateTimeOffset expiresAt = await PutTokenAsync(audience, cancellationToken).ConfigureAwait(false);
            _renewals[audience] = _options.TimeProvider.CreateTimer(_ => _ = RenewAsync(audience), null, RenewalDelay(expiresAt), Timeout.InfiniteTimeSpan);
        }
        finally
        {
            _cbsGate.Release();
        }
    }

    public async Task<AmqpRequestResponseChannel> GetManagementAsync(string entityPath, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task<AmqpRequestResponseChannel> channel = _management.GetOrAdd(entityPath,
                path => AmqpRequestResponseChannel.OpenAsync(Session, path + "/$management", _options.OperationTimeout, CancellationToken.None));

            // A finished open that failed, or a channel closed since: open another (awaiting a finished task does not wait).
            if (channel.IsFaulted || (channel.IsCompletedSuccessfully && (await channel.ConfigureAwait(false)).IsClosed))
            {
                _management.TryRemove(new KeyValuePair<string, Task<AmqpRequestResponseChannel>>(entityPath, channel));
                continue;
            }

            return await channel.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await _cbsGate.WaitAsync().ConfigureAwait(false);
        try
        {
            foreach (ITimer timer in _renewals.Values)
            {
                timer.Dispose();
            }

            _renewals.Clear();
        }
        finally
        {
            _cbsGate.Release();
        }

        await AmqpLinks.CloseQuietlyAsync(Connection).ConfigureAwait(false);
    }

    private async Task<DateTimeOffset> PutTokenAsync(string audience, CancellationToken cancellationToken)
    {
        CbsToken token = await _endpoint.TokenSource.GetTokenAsync(audience, cancellationToken).ConfigureAwait(false);
        if (_cbs is null || _cbs.IsClosed)
        {
            _cbs = await OpenCbsAsync(cancellationToken).ConfigureAwait(false);
        }

        var request = new Message(token.Token) { ApplicationProperties = new ApplicationProperties() };
        request.ApplicationProperties["operation"] = "put-token";
        request.ApplicationProperties["type"] = token.TokenType;
        request.ApplicationProperties["name"] = audience;
        Message response;
        try
        {
            response = await _cbs.RequestAsync(request, _options.CbsTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception) when (!Connection.IsClosed)
        {
            throw new ServiceBusException(ServiceBusFailureReason.Unauthorized,
                $"CBS put-token for '{audience}' was not answered: the peer attached $cbs but sent no response within {_options.CbsTimeout.TotalSeconds:0.#} s " +
                "(ServiceBusClientOptions.CbsTimeout). The peer has no working $cbs node, so this client cannot authorize.", exception);
        }
        catch (AmqpException exception) when (!Connection.IsClosed)
        {
            // The peer answered the attach, then detached $cbs: the same "no CBS node" as a refused attach.
            throw CbsRefused(exception);
        }

        int status = AmqpRequestResponseChannel.StatusCode(response);
        if (status is not (200 or 202))
        {
            throw AmqpRequestResponseChannel.Failure(response, $"CBS put-token for '{audience}'");
        }

        return token.ExpiresAt;
    }

    /// <summary>Attaches to <c>$cbs</c>; a peer that refuses or ignores the attach fails at once (not retried).</summary>
    private async Task<AmqpRequestResponseChannel> OpenCbsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await AmqpRequestResponseChannel.OpenAsync(Session, CbsNode, _options.CbsTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception) when (!Connection.IsClosed)
        {
            throw new ServiceBusException(ServiceBusFailureReason.Unauthorized,
                $"The peer did not answer the attach to its $cbs node within {_options.CbsTimeout.TotalSeconds:0.#} s (ServiceBusClientOptions.CbsTimeout): " +
                "no CBS put-token is possible, so this client cannot authorize.", exception);
        }
        catch (AmqpException exception) when (!Connection.IsClosed)
        {
            throw CbsRefused(exception);
        }
    }

    private static ServiceBusException CbsRefused(AmqpException exception) =>
        new(ServiceBusFailureReason.Unauthorized,
            $"The peer refused the attach to its $cbs node ({exception.Error?.Condition}: {exception.Error?.Description ?? exception.Message}): " +
            "it has no CBS node for put-token, so this client cannot authorize.", exception);

    private async Task RenewAsync(string audience)
    {
        TimeSpan next = RenewalRetryDelay;
        await _cbsGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed || !_renewals.TryGetValue(audience, out ITimer? timer))
            {
                return;
            }

            try
            {
                next = RenewalDelay(await PutTokenAsync(audience, CancellationToken.None).ConfigureAwait(false));
            }
            catch (Exception exception) when (exception is ServiceBusException or AmqpException or TimeoutException or ObjectDisposedException)
            {
                // Retried shortly; if the connection is gone the next operation opens a new scope.
            }

            timer.Change(next, Timeout.InfiniteTimeSpan);
        }
        finally
        {
            _cbsGate.Release();
        }
    }

    private TimeSpan RenewalDelay(DateTimeOffset expiresAt)
    {
        TimeSpan delay = expiresAt - _options.TokenRenewalMargin - _options.TimeProvider.GetUtcNow();
        return delay > RenewalRetryDelay ? delay : RenewalRetryDelay;
    }
}
