using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Messaging.Transport;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.DeadLetters;

/// <summary>Browsed dead-lettered messages on the console: one row each (list) or in full (peek).</summary>
internal static class DlqPrinter
{
    /// <summary>Bodies longer than this are cut (a peek is for reading, not for saving).</summary>
    private const int BodyLimit = 2000;

    public static void PrintTable(CliContext context, IReadOnlyList<ReceivedQueueMessage> messages)
    {
        var table = new Table().AddColumns(context.T(DlqTexts.Sequence), context.T(DlqTexts.Id), context.T(DlqTexts.Subject),
            context.T(DlqTexts.Reason), context.T(DlqTexts.Detail), context.T(DlqTexts.Deliveries));
        foreach (var message in messages)
        {
            table.AddRow(message.SequenceNumber.ToString(CultureInfo.InvariantCulture), Markup.Escape(message.MessageId ?? string.Empty),
                Markup.Escape(message.Subject ?? string.Empty), Markup.Escape(message.DeadLetterReason ?? string.Empty),
                Markup.Escape(message.DeadLetterErrorDescription ?? string.Empty), message.DeliveryCount.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
    }

    public static void PrintDetails(CliContext context, IReadOnlyList<ReceivedQueueMessage> messages)
    {
        foreach (var message in messages)
        {
            var grid = new Grid().AddColumn().AddColumn();
            Row(grid, context.T(DlqTexts.Sequence), message.SequenceNumber.ToString(CultureInfo.InvariantCulture));
            Row(grid, context.T(DlqTexts.Id), message.MessageId);
            Row(grid, context.T(DlqTexts.Subject), message.Subject);
            Row(grid, context.T(DlqTexts.Reason), message.DeadLetterReason);
            Row(grid, context.T(DlqTexts.Detail), message.DeadLetterErrorDescription);
            Row(grid, context.T(DlqTexts.Source), message.DeadLetterSource);
            Row(grid, context.T(DlqTexts.Deliveries), message.DeliveryCount.ToString(CultureInfo.InvariantCulture));
            Row(grid, context.T(DlqTexts.Enqueued), message.EnqueuedTime.ToString("u", CultureInfo.InvariantCulture));
            Row(grid, context.T(DlqTexts.Properties), string.Join(", ", message.ApplicationProperties
                .Where(p => p.Key is not ("DeadLetterReason" or "DeadLetterErrorDescription"))
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}"))));
            Row(grid, context.T(DlqTexts.Body), BodyText(message));
            context.Console.Write(grid);
            context.Console.WriteLine();
        }
    }

    private static void Row(Grid grid, string name, string? value) =>
        grid.AddRow(new Text(name), new Text(value ?? string.Empty));

    private static string BodyText(ReceivedQueueMessage message)
    {
        if (!message.HasBinaryBody)
        {
            return message.BodyDescription;
        }

        var text = Encoding.UTF8.GetString(message.Body.Span);
        return text.Length <= BodyLimit ? text : string.Concat(text.AsSpan(0, BodyLimit), "…");
    }
}
