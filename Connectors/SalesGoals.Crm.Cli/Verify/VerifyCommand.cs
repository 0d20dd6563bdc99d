using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Verify.Crm;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Messaging.Transport;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Verify;

/// <summary><c>verify</c>: every connection the commands use, and each connected CRM's schema, one row each; then, per CRM,
/// what an admin must create. Exit 1 when any check fails.</summary>
public static class VerifyCommand
{
    /// <summary>Small tables the commands read, with the one column asked for.</summary>
    private static readonly (string Set, string Id)[] Tables =
    [
        ("sg_goalsettings", "sg_goalsettingid"),
        ("sg_metrics", "sg_metricid"),
        ("sg_fieldmappings", "sg_fieldmappingid"),
        ("sg_seasonalityprofiles", "sg_seasonalityprofileid"),
        ("sg_workingdaycalendars", "sg_workingdaycalendarid"),
    ];

    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var skipQueue = new Option<bool>("--skip-queue") { Description = context.T(VerifyTexts.SkipQueueDescription) };
        var system = new Option<string[]>("--system") { Description = context.T(VerifyTexts.SystemDescription) };
        var skipCrm = new Option<bool>("--skip-crm") { Description = context.T(VerifyTexts.SkipCrmDescription) };
        var command = new Command("verify", context.T(VerifyTexts.Description)) { skipQueue, system, skipCrm };
        command.SetAction((result, cancellationToken) => RunAsync(
            context, result.GetValue(skipQueue), result.GetValue(skipCrm) ? null : result.GetValue(system) ?? [], cancellationToken));
        return command;
    }

    /// <param name="systems">The CRMs asked for (empty: the configured ones); null: none.</param>
    private static async Task<int> RunAsync(CliContext context, bool skipQueue, IReadOnlyList<string>? systems, CancellationToken cancellationToken)
    {
        var crmSystems = systems is null ? [] : CrmVerifier.Systems(context, systems);
        var rows = new List<(string Check, bool Ok, string Detail)>();
        foreach (var (set, id) in Tables)
        {
            try
            {
                var read = await context.Connections.DataverseClient.QueryAsync(set, new ODataQuery([id]), cancellationToken).ConfigureAwait(false);
                rows.Add((context.T(VerifyTexts.Table, set), true, context.T(VerifyTexts.Ok, read.Count)));
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not CliUsageException)
            {
                rows.Add((context.T(VerifyTexts.Table, set), false, exception.GetBaseException().Message));
            }
        }

        try
        {
            var (ok, detail) = await ServiceBusEndpointCheck.RunAsync(context, cancellationToken).ConfigureAwait(false);
            rows.Add((context.T(VerifyTexts.Endpoint), ok, detail));
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not CliUsageException)
        {
            rows.Add((context.T(VerifyTexts.Endpoint), false, exception.GetBaseException().Message));
        }

        if (!skipQueue)
        {
            var queue = context.Connections.QueueName;
            try
            {
                await using var client = context.Connections.CreateQueueClient();
                foreach (var deadLetter in new[] { false, true })
                {
                    // A receive that finds nothing proves the link attached and the sign-in was accepted; anything received is handed back.
                    await using var receiver = client.CreateReceiver(queue, new QueueReceiverOptions { DeadLetterQueue = deadLetter, PrefetchCount = 0 });
                    foreach (var message in await receiver.ReceiveAsync(1, TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false))
                    {
                        await receiver.AbandonAsync(message, cancellationToken).ConfigureAwait(false);
                    }

                    rows.Add((context.T(VerifyTexts.Queue, receiver.EntityPath), true, context.T(VerifyTexts.QueueOk)));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not CliUsageException)
            {
                rows.Add((context.T(VerifyTexts.Queue, queue), false, exception.GetBaseException().Message));
            }
        }

        var checks = new List<CrmCheck>();
        foreach (var crm in crmSystems)
        {
            var label = context.T(VerifyTexts.Crm, crm);
            if (systems!.Count == 0 && !context.Configuration.GetSection(crm.ToString()).Exists())
            {
                rows.Add((label, true, context.T(VerifyTexts.CrmSkipped, crm)));
                continue;
            }

            try
            {
                var check = await CrmVerifier.CheckAsync(context, crm, cancellationToken).ConfigureAwait(false);
                checks.Add(check);
                rows.Add((label, check.Ok, check.Ok ? context.T(VerifyTexts.CrmOk, check.ObjectCount, check.FieldCount) : context.T(VerifyTexts.CrmGaps, check.Gaps.Count)));
            }
            catch (Exception exception) when (exception is not OperationCanceledException and not CliUsageException)
            {
                rows.Add((label, false, exception.GetBaseException().Message));
            }
        }

        var table = new Table().AddColumn(context.T(VerifyTexts.Check)).AddColumn(context.T(VerifyTexts.Result));
        var failed = 0;
        foreach (var (check, ok, detail) in rows)
        {
            failed += ok ? 0 : 1;
            table.AddRow(Markup.Escape(check), (ok ? "[green]" : "[red]") + Markup.Escape(detail) + "[/]");
        }

        context.Console.Write(table);
        foreach (var check in checks.Where(c => c.Gaps.Count > 0))
        {
            CrmGapPrinter.Print(context, check);
        }

        context.Console.WriteLine(failed == 0 ? context.T(VerifyTexts.AllOk) : context.T(VerifyTexts.Failed, failed));
        return failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
