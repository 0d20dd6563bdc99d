using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace SalesGoals.Crm.Reporting.Teams;

/// <summary>A Microsoft Teams incoming webhook (a Workflows "post to a channel when a webhook request is received" URL).</summary>
public interface ITeamsWebhookApi
{
    /// <summary>Posts one message; <paramref name="path"/> and <paramref name="query"/> are the webhook URL's (the base address is its origin).</summary>
    [Post("/{**path}")]
    Task PostAsync(string path, [Query] IDictionary<string, string> query, [Body] TeamsMessage message, CancellationToken cancellationToken);
}
