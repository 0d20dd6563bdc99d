using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Messaging.Transport;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.DeadLetters;

/// <summary>
/// <c>dlq list | peek | replay | purge</c> over the Messaging transport (AMQP 1.0 to Service Bus or the embedded broker).
/// list and peek browse (no lock); replay and purge receive with a lock and settle each message.
/// </summary>
public static class DlqCommand
{
    /// <summary>Most dead-lettered messages a replay holds locked at once while looking for the ids asked for.</summary>
    private const int MaxHeld = 5000;

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("dlq", context.T(DlqTexts.Description));

        var (listMax, listIds) = (MaxOption(context), IdOption(context));
        var list = new Command("list", context.T(DlqTexts.ListDescription)) { listMax, listIds };
        list.SetAction((r, ct) => BrowseAsync(context, r.GetValue(listMax), Ids(r.GetValue(listIds)), DlqPrinter.PrintTable, ct));

        var (peekMax, peekIds) = (MaxOption(context), IdOption(context));
        var peek = new Command("peek", context.T(DlqTexts.PeekDescription)) { peekMax, peekIds };
        peek.SetAction((r, ct) => BrowseAsync(context, r.GetValue(peekMax), Ids(r.GetValue(peekIds)), DlqPrinter.PrintDetails, ct));

        var (replayMax, replayIds) = (MaxOption(context), IdOption(context));
        var newId = new Option<bool>("--new-id") { Description = context.T(DlqTexts.NewIdOption) };
        var replay = new Command("replay", context.T(DlqTexts.ReplayDescription)) { replayMax, replayIds, newId };
        replay.SetAction((r, ct) => ReplayAsync(context, r.GetValue(replayMax), Ids(r.GetValue(replayIds)), r.GetValue(newId), ct));

        var purgeMax = MaxOption(context);
        var purge = new Command("purge", context.T(DlqTexts.PurgeDescription)) { purgeMax };
        purge.SetAction((r, ct) => PurgeAsync(context, r.GetValue(purgeMax), ct));

        foreach (var sub in new[] { list, peek, replay, purge })
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }

    private static Option<int> MaxOption(CliContext context)
    {
        var max = new Option<int>("--max") { Description = context.T(DlqTexts.MaxOption), DefaultValueFactory = _ => 100 };
        max.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > 1000)
            {
                result.AddError(context.T(DlqTexts.MaxInvalid, value));
            }
        });
        return max;
    }

    private static Option<string[]> IdOption(CliContext context) =>
        new("--id") { Description = context.T(DlqTexts.IdOption), AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.ZeroOrMore };

    private static HashSet<string> Ids(string[]? ids) => new(ids ?? [], StringComparer.Ordinal);

    private static async Task<int> BrowseAsync(CliContext context, int max, IReadOnlySet<string> ids,
        Action<CliContext, IReadOnlyList<ReceivedQueueMessage>> print, CancellationToken cancellationToken)
    {
        await using var client = context.Connections.CreateQueueClient();
        await using var receiver = client.CreateReceiver(context.Connections.QueueName, new QueueReceiverOptions { DeadLetterQueue = true });
        var messages = await DlqBrowser.BrowseAsync(receiver, max, ids, cancellationToken).ConfigureAwait(false);
        if (messages.Count == 0)
        {
            context.Console.MarkupLine(Markup.Escape(context.T(DlqTexts.None, receiver.EntityPath)));
            return ids.Count == 0 ? ExitCodes.Ok : await NotFoundAsync(context, ids).ConfigureAwait(false);
        }

        print(context, messages);
        var missing = ids.Where(id => messages.All(m => m.MessageId != id)).ToList();
        return missing.Count == 0 ? ExitCodes.Ok : await NotFoundAsync(context, missing).ConfigureAwait(false);
    }

    private static async Task<int> ReplayAsync(CliContext context, int max, IReadOnlySet<string> ids, bool newIds, CancellationToken cancellationToken)
    {
        var queue = context.Connections.QueueName;
        await using var client = context.Connections.CreateQueueClient();

        // A receiver gets more only as it settles what it holds, and messages not asked for are held until the end:
        // with --id, find first (by browsing) how deep the last asked-for message sits and take that many at once.
        var prefetch = 1;
        var missing = new List<string>();
        if (ids.Count > 0)
        {
            await using var browser = client.CreateReceiver(queue, new QueueReceiverOptions { DeadLetterQueue = true });
            var (through, found) = await DlqBrowser.LocateAsync(browser, ids, cancellationToken).ConfigureAwait(false);
            missing.AddRange(ids.Where(id => !found.Contains(id)));
            if (found.Count == 0)
            {
                return await NotFoundAsync(context, missing).ConfigureAwait(false);
            }

            prefetch = Math.Min(through, MaxHeld);
            ids = found;
        }

        await using var receiver = client.CreateReceiver(queue, new QueueReceiverOptions { DeadLetterQueue = true, PrefetchCount = prefetch });
        await using var sender = client.CreateSender(queue);
        var result = await new DlqReplayer(receiver, sender).ReplayAsync(max, ids, newIds, cancellationToken).ConfigureAwait(false);
        result.NotFound.AddRange(missing);
        foreach (var message in result.Replayed)
        {
            context.Console.MarkupLine(Markup.Escape(context.T(DlqTexts.ReplayedOne, message.MessageId ?? string.Empty, message.DeadLetterReason ?? string.Empty)));
        }

        if (result.Replayed.Count > 0)
        {
            context.Console.MarkupLine(Markup.Escape(context.T(DlqTexts.Replayed, result.Replayed.Count, queue)));
        }
        else if (ids.Count == 0 && result.NotReplayable.Count == 0 && result.SendFailure is null)
        {
            context.Console.MarkupLine(Markup.Escape(context.T(DlqTexts.None, receiver.EntityPath)));
        }

        foreach (var (id, why) in result.NotReplayable)
        {
            await context.Error.WriteLineAsync(context.T(DlqTexts.NotReplayable, id, why)).ConfigureAwait(false);
        }

        if (result.SendFailure is { } failure)
        {
            await context.Error.WriteLineAsync(context.T(DlqTexts.SendFailed, failure.Id, queue, failure.Error)).ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        return result.NotFound.Count > 0 ? await NotFoundAsync(context, result.NotFound).ConfigureAwait(false)
            : result.NotReplayable.Count > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private static async Task<int> PurgeAsync(CliContext context, int max, CancellationToken cancellationToken)
    {
        await using var client = context.Connections.CreateQueueClient();
        await using var receiver = client.CreateReceiver(context.Connections.QueueName, new QueueReceiverOptions { DeadLetterQueue = true, PrefetchCount = 0 });
        var purged = 0;
        var wait = TimeSpan.FromSeconds(2);
        while (purged < max)
        {
            var batch = await receiver.ReceiveAsync(Math.Min(50, max - purged), wait, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                await receiver.CompleteAsync(message, cancellationToken).ConfigureAwait(false);
                purged++;
            }

            wait = TimeSpan.FromSeconds(1);
        }

        // A delivery prefetched past --max goes back now rather than staying locked until its lock expires.
        await receiver.StopReceivingAsync(CancellationToken.None).ConfigureAwait(false);
        context.Console.MarkupLine(Markup.Escape(purged == 0 ? context.T(DlqTexts.None, receiver.EntityPath) : context.T(DlqTexts.Purged, purged)));
        return ExitCodes.Ok;
    }

    private static async Task<int> NotFoundAsync(CliContext context, IEnumerable<string> ids)
    {
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            await context.Error.WriteLineAsync(context.T(DlqTexts.NotFound, id)).ConfigureAwait(false);
        }

        return ExitCodes.Failure;
    }
}
