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
/// Messages per second through the embedded broker over a real AMQP connection on loopback.
/// Each invocation moves <see cref="Batch"/> messages; divide 1 s by the per-operation time for msg/s.
/// </summary>
[Config(typeof(MessagingBenchmarkConfig))]
public class QueueThroughputBenchmarks
{
    private const int Batch = 1000;
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "{\"type\":\"salesgoals.progress-changed\",\"schemaVersion\":1,\"payload\":{\"goalId\":\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\",\"actual\":750.00,\"target\":1000.00}}");

    private EmbeddedServiceBusBroker _broker = null!;
    private ServiceBusQueueClient _client = null!;
    private IQueueSender _sender = null!;
    private IQueueReceiver _receiver = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var options = new EmbeddedBrokerOptions();
        options.Queues.Add(new QueueOptions("bench"));
        _broker = await EmbeddedServiceBusBroker.StartAsync(options);
        _client = new ServiceBusQueueClient(_broker.ConnectionString);
        _sender = _client.CreateSender("bench");
        _receiver = _client.CreateReceiver("bench", new QueueReceiverOptions { PrefetchCount = 100 });
        await _sender.SendAsync(new QueueMessage(Body));
        await DrainAsync(1);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _receiver.DisposeAsync();
        await _sender.DisposeAsync();
        await _client.DisposeAsync();
        await _broker.DisposeAsync();
    }

#pragma warning disable RS0030 // Must block: BenchmarkDotNet 0.15 runs [IterationSetup]/[IterationCleanup] only as void methods.
    [IterationSetup(Target = nameof(ReceiveAndComplete))]
    public void FillQueue() => SendPipelinedAsync().GetAwaiter().GetResult();

    [IterationCleanup(Targets = [nameof(SendOneByOne), nameof(SendPipelined)])]
    public void EmptyQueue() => DrainAsync(Batch).GetAwaiter().GetResult();
#pragma warning restore RS0030

    /// <summary>Send, waiting for the broker's accepted outcome before the next message.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task SendOneByOne()
    {
        for (int i = 0; i < Batch; i++)
        {
            await _sender.SendAsync(new QueueMessage(Body));
        }
    }

    /// <summary>Send with up to a whole batch of outcomes outstanding on one link.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public Task SendPipelined() => SendPipelinedAsync();

    /// <summary>Peek-lock receive (prefetch 100) and complete.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public Task ReceiveAndComplete() => DrainAsync(Batch);

    private async Task SendPipelinedAsync()
    {
        var sends = new List<Task>(Batch);
        for (int i = 0; i < Batch; i++)
        {
            sends.Add(_sender.SendAsync(new QueueMessage(Body)));
        }

        await Task.WhenAll(sends);
    }

    private async Task DrainAsync(int count)
    {
        int done = 0;
        while (done < count)
        {
            IReadOnlyList<ReceivedQueueMessage> batch = await _receiver.ReceiveAsync(100, TimeSpan.FromSeconds(10));
            if (batch.Count == 0)
            {
                throw new InvalidOperationException($"Only {done} of {count} messages arrived.");
            }

            foreach (ReceivedQueueMessage message in batch)
            {
                await _receiver.CompleteAsync(message);
            }

            done += batch.Count;
        }
    }
}
