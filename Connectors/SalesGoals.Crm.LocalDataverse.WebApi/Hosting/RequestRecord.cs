using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Hosting;

/// <summary>One HTTP request the local Web API received: when, what (headers and body as sent), the status it answered
/// (0 = connection dropped) and, for $batch, how many operations it carried.</summary>
public sealed record RequestRecord(DateTimeOffset ReceivedOn, string Method, string PathAndQuery, int Status, int BatchOperations)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string Body { get; init; } = string.Empty;

    /// <summary>Organization-service requests the plug-ins made while this request ran (requests are served one at a time
    /// in the benches that read it), and how long it took to answer.</summary>
    public long PluginRequests { get; init; }

    public TimeSpan Duration { get; init; }
}
