using System;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.ServiceBus;

namespace SalesGoals.Crm.Messaging.Tests.Support;

/// <summary>Builds an embedded broker on loopback and clients connected to it over real AMQP.</summary>
internal sealed class TestBroker : IAsyncDisposable
{
    private TestBroker(EmbeddedServiceBusBroker broker)
    {
        Broker = broker;
    }

    public EmbeddedServiceBusBroker Broker { get; }

    public static async Task<TestBroker> StartAsync(Action<EmbeddedBrokerOptions>? configure = null, params QueueOptions[] queues)
    {
        var options = new EmbeddedBrokerOptions();
        foreach (QueueOptions queue in queues)
        {
            options.Queues.Add(queue);
        }

        configure?.Invoke(options);
        return new TestBroker(await EmbeddedServiceBusBroker.StartAsync(options));
    }

    public ServiceBusQueueClient CreateClient(Action<ServiceBusClientOptions>? configure = null)
    {
        var options = new ServiceBusClientOptions
        {
            ConnectionString = Broker.ConnectionString,
            OperationTimeout = TimeSpan.FromSeconds(10),
            RetryMinBackoff = TimeSpan.FromMilliseconds(20),
            RetryMaxBackoff = TimeSpan.FromMilliseconds(200),
        };
        configure?.Invoke(options);
        return new ServiceBusQueueClient(options);
    }

    public ValueTask DisposeAsync() => Broker.DisposeAsync();
}
