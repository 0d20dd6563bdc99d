using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Amqp.Listener;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Links;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Queues;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Security;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;

/// <summary>
/// An in-process Service Bus stand-in on AMQPNetLite's <see cref="ContainerHost"/>, bound to 127.0.0.1
/// without TLS (like the Service Bus emulator). Queues live in memory and survive listener restarts.
/// </summary>
public sealed class EmbeddedServiceBusBroker : IAsyncDisposable
{
    private readonly EmbeddedBrokerOptions _options;
    private readonly ConcurrentDictionary<string, BrokerQueue> _entities = new(StringComparer.OrdinalIgnoreCase);
    private readonly CbsHandler _cbs;
    private readonly ITimer _sweepTimer;
    private readonly object _hostGate = new();
    private ContainerHost? _host;

    private EmbeddedServiceBusBroker(EmbeddedBrokerOptions options, string key, int port)
    {
        _options = options;
        SharedAccessKey = key;
        Port = port;
        _cbs = new CbsHandler(
            new SasTokenValidator(options.SharedAccessKeyName, key, options.TimeProvider),
            new JwtAudienceValidator(options.AcceptedJwtAudience, options.TimeProvider));
        foreach (QueueOptions queue in options.Queues)
        {
            AddQueue(queue);
        }

        _sweepTimer = options.TimeProvider.CreateTimer(_ => Sweep(), null, options.SweepInterval, options.SweepInterval);
    }

    public int Port { get; }

    public string SharedAccessKeyName => _options.SharedAccessKeyName;

    public string SharedAccessKey { get; }

    /// <summary>The connection string clients use, in Azure's format with <c>UseDevelopmentEmulator=true</c>.</summary>
    public string ConnectionString =>
        $"Endpoint=sb://127.0.0.1:{Port}/;SharedAccessKeyName={_options.SharedAccessKeyName};SharedAccessKey={SharedAccessKey};UseDevelopmentEmulator=true";

    public int CbsTokensAccepted => _cbs.TokensAccepted;

    public int CbsTokensRefused => _cbs.TokensRefused;

    /// <summary>Validates the options and starts listening on loopback.</summary>
    public static Task<EmbeddedServiceBusBroker> StartAsync(EmbeddedBrokerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        string key = string.IsNullOrEmpty(options.SharedAccessKey)
            ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            : options.SharedAccessKey;
        int port = options.Port == 0 ? FreeLoopbackPort() : options.Port;
        var broker = new EmbeddedServiceBusBroker(options, key, port);
        broker.OpenListener();
        return Task.FromResult(broker);
    }

    /// <summary>Creates a queue (and its dead-letter queue) at run time.</summary>
    public void AddQueue(QueueOptions queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        queue.Validate();
        var deadLetter = new BrokerQueue(queue.Name + "/$deadletterqueue", queue, _options.TimeProvider, deadLetterQueue: null);
        var main = new BrokerQueue(queue.Name, queue, _options.TimeProvider, deadLetter);
        if (!_entities.TryAdd(main.Name, main))
        {
            throw new ArgumentException($"Queue '{queue.Name}' already exists.", nameof(queue));
        }

        _entities[deadLetter.Name] = deadLetter;
    }

    public QueueStatistics GetStatistics(string queueName) =>
        _entities.TryGetValue(queueName, out BrokerQueue? queue)
            ? queue.GetStatistics()
            : throw new ArgumentException($"Queue '{queueName}' does not exist.", nameof(queueName));

    /// <summary>Drops every connection and stops listening; queues and their messages stay.</summary>
    public void StopListener()
    {
        lock (_hostGate)
        {
            _host?.Close();
            _host = null;
        }
    }

    /// <summary>Listens again on the same port after <see cref="StopListener"/>.</summary>
    public void StartListener() => OpenListener();

    /// <summary>Runs the lock/schedule/duplicate sweep now (tests with a fake clock call this after advancing time).</summary>
    public void Sweep()
    {
        foreach (BrokerQueue queue in _entities.Values)
        {
            queue.Sweep();
        }
    }

    public ValueTask DisposeAsync()
    {
        _sweepTimer.Dispose();
        StopListener();
        return ValueTask.CompletedTask;
    }

    private void OpenListener()
    {
        lock (_hostGate)
        {
            if (_host is not null)
            {
                return;
            }

            var address = new Amqp.Address(IPAddress.Loopback.ToString(), Port, null, null, "/", "amqp");
            var created = new ContainerHost(address);
            var listener = new ConnectionListener(address, new LinkStealingContainer(created));
            listener.AMQP.ContainerId = created.Listeners[0].AMQP.ContainerId;
            created.Listeners[0] = listener;
            listener.SASL.EnablePlainMechanism(_options.SharedAccessKeyName, SharedAccessKey);
            listener.SASL.EnableAnonymousMechanism = true;
            created.RegisterLinkProcessor(new BrokerLinkProcessor(FindQueue, _cbs, _options.TimeProvider, _options.MaxMessageSizeBytes));
            created.Open();
            _host = created;
        }
    }

    private BrokerQueue? FindQueue(string path) => _entities.TryGetValue(path, out BrokerQueue? queue) ? queue : null;

    private static int FreeLoopbackPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
