using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;
using SalesGoals.Crm.Messaging.ServiceBus;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Benchmarks.Messaging;

/// <summary>
/// Fills a queue of the embedded broker with 100,000 messages (256-byte bodies) and reports the managed
/// memory the broker retains for them (printed as "retained-bytes" after each iteration).
/// </summary>
[Config(typeof(MessagingMemoryConfig))]
public class QueuedMemoryBenchmarks
{
    private const int Messages = 100_000;
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(new string('x', 256));

    private EmbeddedServiceBusBroker _broker = null!;
    private ServiceBusQueueClient _client = null!;
    private IQueueSender _sender = null!;
    private long _baseline;

    [IterationSetup]
#pragma warning disable RS0030 // Must block: BenchmarkDotNet 0.15 runs [IterationSetup]/[IterationCleanup] only as void methods.
    public void Setup()
    {
        var options = new EmbeddedBrokerOptions();
        options.Queues.Add(new QueueOptions("memory"));
        _broker = EmbeddedServiceBusBroker.StartAsync(options).GetAwaiter().GetResult();
        _client = new ServiceBusQueueClient(_broker.ConnectionString);
        _sender = _client.CreateSender("memory");
        _sender.SendAsync(new QueueMessage(Body)).GetAwaiter().GetResult();
        _baseline = GC.GetTotalMemory(forceFullCollection: true);
    }
#pragma warning restore RS0030

    [Benchmark]
    public async Task Enqueue100000()
    {
        for (int sent = 1; sent < Messages; sent += 1000)
        {
            var sends = new List<Task>(1000);
            for (int i = 0; i < 1000 && sent + i < Messages; i++)
            {
                sends.Add(_sender.SendAsync(new QueueMessage(Body)));
            }

            await Task.WhenAll(sends);
        }
    }

    [IterationCleanup]
#pragma warning disable RS0030 // Must block: BenchmarkDotNet 0.15 runs [IterationSetup]/[IterationCleanup] only as void methods.
    public void Cleanup()
    {
        long retained = GC.GetTotalMemory(forceFullCollection: true) - _baseline;
        int queued = _broker.GetStatistics("memory").ActiveMessageCount;
        Console.WriteLine($"// retained-bytes={retained} queued={queued} per-message={retained / Math.Max(1, queued)}");
        _sender.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _client.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _broker.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
#pragma warning restore RS0030
}
