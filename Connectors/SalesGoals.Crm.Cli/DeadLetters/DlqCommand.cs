using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Messaging.Transport;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.DeadLetters;

/// <summary><c>dlq list | purge</c> (replay is not done yet) over the Messaging transport (AMQP 1.0 to Service Bus or the embedded broker).</summary>
public static class DlqCommand
{
    private enum Action
    {
        List,
        Purge,
    }

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("dlq", context.T(DlqTexts.Description));
        foreach (var (name, text, action) in new[]
        {
            ("list", DlqTexts.ListDescription, Action.List),
            ("purge", DlqTexts.PurgeDescription, Action.Purge),
        })
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
            var sub = new Command(name, context.T(text)) { max };
            sub.SetAction((r, cancellationToken) => RunAsync(context, action, r.GetValue(max), cancellationToken));
            command.Subcommands.Add(sub);
        }

        return command;
    }

    private static async Task<int> RunAsync(CliContext context, Action action, int max, CancellationToken cancellationToken)
    {
        var queue = context.Connections.QueueName;
        await using var client = context.Connections.CreateQueueClient();
        await using var receiver = client.CreateReceiver(queue, new QueueReceiverOptions { DeadLetterQueue = true, PrefetchCount = 0 });
        var received = new List<ReceivedQueueMessage>();
        var wait = TimeSpan.FromSeconds(2);
        while (received.Count < max)
        {
            // Every message stays locked until the end, so a handed-back one is not read twice.
            var batch = await receiver.ReceiveAsync(Math.Min(50, max - received.Count), wait, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            received.AddRange(batch);
            wait = TimeSpan.FromSeconds(1);
        }

        if (received.Count == 0)
        {
            context.Console.MarkupLine(Markup.Escape(context.T(DlqTexts.None, receiver.EntityPath)));
            return ExitCodes.Ok;
        }

        switch (action)
        {
            case Action.List:
                var table = new Table().AddColumns(context.T(DlqTexts.Id), context.T(DlqTexts.Subject), context.T(DlqTexts.Reason), context.T(DlqTexts.Detail), context.T(DlqTexts.Deliveries));
                foreach (var message in received)
                {
                    table.AddRow(Markup.Escape(message.MessageId ?? string.Empty), Markup.Escape(message.Subject ?? string.Empty),
                        Markup.Escape(message.DeadLetterReason ?? string.Empty), Markup.Escape(message.DeadLetterErrorDescription ?? string.Empty),
                        message.DeliveryCount.ToString(CultureInfo.InvariantCulture));
                }

                foreach (var message in received)
                {
                    await receiver.AbandonAsync(message, cancellationToken).ConfigureAwait(false);
                }

                context.Console.Write(table);
                return ExitCodes.Ok;
            default:
                foreach (var message in received)
                {
                    await receiver.CompleteAsync(message, cancellationToken).ConfigureAwait(false);
                }

                context.Console.MarkupLine(Markup.Escape(context.T(DlqTexts.Purged, received.Count)));
                return ExitCodes.Ok;
        }
    }
}
