using System;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;

/// <summary>One queue's properties, named as in Service Bus.</summary>
public sealed class QueueOptions
{
    public QueueOptions(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>Peek-lock duration (Service Bus default 60 s, maximum 5 min).</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Deliveries after which a message moves to the dead-letter queue (default 10).</summary>
    public int MaxDeliveryCount { get; set; } = 10;

    public bool RequiresSession { get; set; }

    /// <summary>Duplicate detection window; null turns detection off.</summary>
    public TimeSpan? DuplicateDetectionWindow { get; set; }

    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Contains('$', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Queue name '{Name}' is invalid.", nameof(Name));
        }

        if (LockDuration <= TimeSpan.Zero || LockDuration > TimeSpan.FromMinutes(5))
        {
            throw new ArgumentOutOfRangeException(nameof(LockDuration), LockDuration, $"Queue '{Name}': LockDuration must be within (0, 5 min].");
        }

        if (MaxDeliveryCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDeliveryCount), MaxDeliveryCount, $"Queue '{Name}': MaxDeliveryCount must be at least 1.");
        }

        if (DuplicateDetectionWindow is { } window && window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(DuplicateDetectionWindow), window, $"Queue '{Name}': the duplicate window must be positive.");
        }
    }
}
