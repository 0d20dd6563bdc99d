using System.Collections.Generic;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Cli.DeadLetters;

/// <summary>What a replay did: messages sent back, ids not found, messages that cannot be replayed, a failed send.</summary>
internal sealed class DlqReplayResult
{
    public List<ReceivedQueueMessage> Replayed { get; } = [];

    public List<string> NotFound { get; } = [];

    public List<(string Id, string Why)> NotReplayable { get; } = [];

    /// <summary>The send that failed (the replay stops there), or null.</summary>
    public (string Id, string Error)? SendFailure { get; set; }
}
