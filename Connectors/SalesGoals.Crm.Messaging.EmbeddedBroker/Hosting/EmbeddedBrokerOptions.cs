using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Messaging.EmbeddedBroker.Hosting;

/// <summary>Configuration of the embedded Service Bus stand-in (loopback only).</summary>
public sealed class EmbeddedBrokerOptions
{
    /// <summary>Loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>SAS rule name clients authenticate with (SASL PLAIN user and token <c>skn</c>).</summary>
    public string SharedAccessKeyName { get; set; } = "RootManageSharedAccessKey";

    /// <summary>SAS key (base64, as Azure issues them). Generated when left empty.</summary>
    public string SharedAccessKey { get; set; } = string.Empty;

    /// <summary>
    /// When set, CBS put-token of type <c>jwt</c> is accepted if the token's <c>aud</c> claim equals this
    /// value and it has not expired. Signatures are NOT validated: this is a test seam, not Entra ID.
    /// </summary>
    public string? AcceptedJwtAudience { get; set; }

    /// <summary>Queues created at start-up.</summary>
    public IList<QueueOptions> Queues { get; } = new List<QueueOptions>();

    /// <summary>Clock for locks, scheduling, duplicate detection and token expiry.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How often locks, schedules and the duplicate window are swept (in <see cref="TimeProvider"/> time).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Largest accepted message body (Service Bus Standard: 256 KB).</summary>
    public int MaxMessageSizeBytes { get; set; } = 256 * 1024;

    internal void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "Port must be between 0 and 65535.");
        }

        if (string.IsNullOrWhiteSpace(SharedAccessKeyName))
        {
            throw new ArgumentException("SharedAccessKeyName is required.", nameof(SharedAccessKeyName));
        }

        if (SweepInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(SweepInterval), SweepInterval, "SweepInterval must be positive.");
        }

        if (MaxMessageSizeBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMessageSizeBytes), MaxMessageSizeBytes, "MaxMessageSizeBytes must be positive.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (QueueOptions queue in Queues)
        {
            queue.Validate();
            if (!names.Add(queue.Name))
            {
                throw new ArgumentException($"Queue '{queue.Name}' is configured twice.", nameof(Queues));
            }
        }
    }
}
