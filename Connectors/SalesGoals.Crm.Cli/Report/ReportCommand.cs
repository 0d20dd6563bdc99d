using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Reporting.Alerts;
using SalesGoals.Crm.Reporting.Charts;
using SalesGoals.Crm.Reporting.Data;
using SalesGoals.Crm.Reporting.DependencyInjection;
using SalesGoals.Crm.Reporting.Output;
using SalesGoals.Crm.Reporting.Reports;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Report;

/// <summary><c>report weekly|monthly [--as-of] [--out] [--level] [--product-line] [--region]</c> and <c>report alerts</c>.</summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("report", context.T(ReportTexts.Description));
        command.Subcommands.Add(Kind(context, "weekly", ReportKind.Weekly, ReportTexts.WeeklyDescription));
        command.Subcommands.Add(Kind(context, "monthly", ReportKind.Monthly, ReportTexts.MonthlyDescription));
        var alerts = new Command("alerts", context.T(ReportTexts.AlertsDescription));
        alerts.SetAction((_, cancellationToken) => DeliverAsync(context, cancellationToken));
        command.Subcommands.Add(alerts);
        return command;
    }

    private static Command Kind(CliContext context, string name, ReportKind kind, Localization.LocalText description)
    {
        var asOf = new Option<string?>("--as-of") { Description = context.T(ReportTexts.AsOfDescription) };
        var output = new Option<DirectoryInfo?>("--out") { Description = context.T(ReportTexts.OutDescription) };
        var level = new Option<string[]>("--level") { Description = context.T(ReportTexts.LevelDescription), AllowMultipleArgumentsPerToken = false };
        var productLine = new Option<string?>("--product-line") { Description = context.T(ReportTexts.ProductLineDescription) };
        var region = new Option<string?>("--region") { Description = context.T(ReportTexts.RegionDescription) };
        var command = new Command(name, context.T(description)) { asOf, output, level, productLine, region };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new ReportRequest(kind, Date(context, result.GetValue(asOf)))
            {
                Levels = (result.GetValue(level) ?? []).Select(l => Level(context, l)).ToList(),
                ProductLine = result.GetValue(productLine),
                Region = result.GetValue(region),
            };
            return RunAsync(context, request, result.GetValue(output), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ReportRequest request, DirectoryInfo? output, CancellationToken cancellationToken)
    {
        var data = await new DataverseReportReader(context.Connections.DataverseClient).ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var report = CompletionReportBuilder.Build(data, request);
        var labels = ReportLabels.For(context.Language == Localization.CliLanguage.Chinese ? ReportLanguage.Chinese : ReportLanguage.English);
        context.Console.WriteLine($"{labels.Title(report.Kind)} {report.Window.Label(report.Kind)} · {labels.AsOf} {report.AsOf}");
        if (report.Lines.Count == 0)
        {
            context.Console.WriteLine(context.T(ReportTexts.NoGoals));
            return ExitCodes.Ok;
        }

        context.Console.Write(Table(report, labels));
        context.Console.WriteLine(context.T(ReportTexts.Behind, report.BehindPace.Count));
        if (output is not null)
        {
            Directory.CreateDirectory(output.FullName);
            XlsxReportWriter.Write(Path.Combine(output.FullName, "report.xlsx"), report, labels);
            CsvReportWriter.Write(Path.Combine(output.FullName, "report.csv"), report, labels);
            await File.WriteAllBytesAsync(Path.Combine(output.FullName, "attainment.png"), AttainmentChart.Render(report, labels), cancellationToken).ConfigureAwait(false);
            await File.WriteAllBytesAsync(Path.Combine(output.FullName, "pace.png"), PaceChart.Render(report, labels), cancellationToken).ConfigureAwait(false);
            // The folder as the user gave it: a relative --out stays relative (no machine path in pasted output or logs).
            context.Console.WriteLine(context.T(ReportTexts.Written, output.ToString()));
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> DeliverAsync(CliContext context, CancellationToken cancellationToken)
    {
        var options = new AlertDeliveryOptions
        {
            TeamsWebhookUrl = context.Configuration["Alerts:TeamsWebhookUrl"] is { Length: > 0 } url ? new Uri(url, UriKind.Absolute) : null,
        };
        await using var services = new ServiceCollection()
            .AddSingleton(context.Connections.DataverseClient)
            .AddSingleton(context.Time)
            .AddAlertDelivery(options)
            .BuildServiceProvider();
        var result = await services.GetRequiredService<AlertDeliveryService>().DeliverAsync(cancellationToken).ConfigureAwait(false);
        context.Console.WriteLine(context.T(ReportTexts.Delivered, result.Notices, result.Notifications, result.TeamsMessages, result.Stale));
        return ExitCodes.Ok;
    }

    private static Table Table(CompletionReport report, ReportLabels labels)
    {
        ReportColumn[] columns = [ReportColumn.Goal, ReportColumn.Assignee, ReportColumn.Target, ReportColumn.Actual, ReportColumn.Attainment,
            ReportColumn.ExpectedToDate, ReportColumn.Pace, ReportColumn.Tier, ReportColumn.WindowActual, ReportColumn.Change, ReportColumn.WindowCompletion];
        var table = new Table();
        foreach (var column in columns)
        {
            table.AddColumn(Markup.Escape(labels.Column(column, report.Kind)));
        }

        foreach (var line in report.Lines)
        {
            table.AddRow(columns.Select(c => Markup.Escape(Cell(line, c, labels))).ToArray());
        }

        return table;
    }

    private static string Cell(ReportLine line, ReportColumn column, ReportLabels labels) =>
        (column == ReportColumn.Goal ? new string(' ', line.Depth * 2) : "") + ReportCells.Value(line, column, labels) switch
        {
            null => "",
            decimal number => number.ToString(ReportCells.DisplayFormat(line, column), CultureInfo.InvariantCulture),
            var value => value.ToString() ?? "",
        };

    private static LocalDate Date(CliContext context, string? text)
    {
        if (text is null)
        {
            return LocalDate.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 2000 and <= 2100)
        {
            return LocalDate.FromDateTime(date);
        }

        throw new CliUsageException(context.T(ReportTexts.AsOfInvalid, text));
    }

    private static GoalLevel Level(CliContext context, string text) => text.ToUpperInvariant() switch
    {
        "COMPANY" => GoalLevel.Company,
        "TEAM" => GoalLevel.Team,
        "REP" => GoalLevel.Rep,
        _ => throw new CliUsageException(context.T(ReportTexts.LevelInvalid, text)),
    };
}
