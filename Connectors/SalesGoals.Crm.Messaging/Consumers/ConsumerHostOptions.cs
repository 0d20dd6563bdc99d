using System;

namespace SalesGoals.Crm.Messaging.Consumers;

public sealed class ConsumerHostOptions
{
    public string QueueName { get; set; } = string.Empty;

    /// <summary>Messages processed at once (also the receiver's prefetch, so locks do not age in a buffer).</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Deliveries after which a failing message is dead-lettered with the exception's reason.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Application property carrying the entity version for the idempotency key.</summary>
    public string EntityVersionProperty { get; set; } = "entity-version";

    public TimeSpan ReceiveWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>On shutdown, in-flight handlers get this long to finish before they are cancelled and abandoned.</summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Pause after a failed receive (connection down) before trying again.</summary>
    public TimeSpan ErrorDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(QueueName))
        {
            throw new ArgumentException("ConsumerHostOptions.QueueName is required.");
        }

        if (MaxConcurrency < 1 || MaxAttempts < 1)
        {
            throw new ArgumentException("MaxConcurrency and MaxAttempts must be at least 1.");
        }

        if (ReceiveWait <= TimeSpan.Zero || ShutdownGracePeriod < TimeSpan.Zero || ErrorDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("ReceiveWait must be positive; ShutdownGracePeriod and ErrorDelay must not be negative.");
        }
    }
}
