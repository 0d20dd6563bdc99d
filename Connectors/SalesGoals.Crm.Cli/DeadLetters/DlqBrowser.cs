using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Cli.DeadLetters;

/// <summary>
/// Reads the dead-letter queue by browsing (Service Bus peek): nothing is locked, no delivery is counted, so a listing
/// never hides messages from the worker or from a replay that follows it.
/// </summary>
internal static class DlqBrowser
{
    private const int Page = 100;

    /// <summary>Browsing stops after this many messages even when looking for ids that are not there.</summary>
    private const int ScanLimit = 100_000;

    /// <summary>Up to <paramref name="max"/> messages in sequence order; with <paramref name="ids"/>, only those.</summary>
    public static async Task<IReadOnlyList<ReceivedQueueMessage>> BrowseAsync(IQueueReceiver receiver, int max, IReadOnlySet<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<ReceivedQueueMessage>();
        long? from = 0;
        int scanned = 0;
        while (found.Count < max && scanned < ScanLimit)
        {
            int count = ids.Count == 0 ? Math.Min(Page, max - found.Count) : Page;
            var page = await receiver.PeekAsync(count, from, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            scanned += page.Count;
            from = null;
            foreach (var message in page)
            {
                if (found.Count < max && (ids.Count == 0 || (message.MessageId is { } id && ids.Contains(id))))
                {
                    found.Add(message);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Where the messages with <paramref name="ids"/> sit: how many messages come up to and including the last of them
    /// (in sequence order, the order a receiver gets them), and which ids are there at all.
    /// </summary>
    public static async Task<(int Through, IReadOnlySet<string> Found)> LocateAsync(IQueueReceiver receiver, IReadOnlySet<string> ids, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        int position = 0;
        int through = 0;
        long? from = 0;
        while (found.Count < ids.Count && position < ScanLimit)
        {
            var page = await receiver.PeekAsync(Page, from, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            from = null;
            foreach (var message in page)
            {
                position++;
                if (message.MessageId is { } id && ids.Contains(id) && found.Add(id))
                {
                    through = position;
                }
            }
        }

        return (through, found);
    }
}
