using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Plan.Apply;
using SalesGoals.Crm.Cli.Plan.Building;
using SalesGoals.Crm.Cli.Plan.Reading;

namespace SalesGoals.Crm.Cli.Plan;

/// <summary><c>plan preview FILE</c> and <c>plan apply FILE</c>.</summary>
public static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = new Command("plan", context.T(PlanTexts.PlanDescription));

        var previewFile = new Argument<string>("FILE") { Description = context.T(PlanTexts.FileArgument) };
        var maxNodes = new Option<int>("--max-nodes") { Description = context.T(PlanTexts.MaxNodesDescription), DefaultValueFactory = _ => 500 };
        var preview = new Command("preview", context.T(PlanTexts.PreviewDescription)) { previewFile, maxNodes };
        preview.SetAction((result, _) => Task.FromResult(Preview(context, result.GetValue(previewFile)!, result.GetValue(maxNodes))));
        plan.Subcommands.Add(preview);

        var applyFile = new Argument<string>("FILE") { Description = context.T(PlanTexts.FileArgument) };
        var removeMissing = new Option<bool>("--remove-missing") { Description = context.T(PlanTexts.RemoveMissingDescription) };
        var apply = new Command("apply", context.T(PlanTexts.ApplyDescription)) { applyFile, removeMissing };
        apply.SetAction((result, cancellationToken) => ApplyAsync(context, result.GetValue(applyFile)!, result.GetValue(removeMissing), cancellationToken));
        plan.Subcommands.Add(apply);

        var convertFrom = new Argument<string>("FILE") { Description = context.T(PlanTexts.FileArgument) };
        var convertTo = new Argument<string>("OUT") { Description = context.T(PlanTexts.ConvertOutArgument) };
        var convert = new Command("convert", context.T(PlanTexts.ConvertDescription)) { convertFrom, convertTo };
        convert.SetAction((result, _) => Task.FromResult(Convert(context, result.GetValue(convertFrom)!, result.GetValue(convertTo)!)));
        plan.Subcommands.Add(convert);
        return plan;
    }

    /// <summary>Reads and checks the file; every problem at once (exit 2) or the definition.</summary>
    internal static PlanReadResult Load(CliContext context, string file)
    {
        var read = PlanFileReader.Read(file, context.Language);
        if (read.Plan is null || read.Problems.Count > 0)
        {
            throw new CliUsageException(PlanPrinter.Problems(context, read.Problems));
        }

        return read;
    }

    private static int Preview(CliContext context, string file, int maxNodes)
    {
        var definition = Load(context, file).Plan!;
        var tree = PlanTreeBuilder.Build(definition, new PreviewDirectory());
        PlanPrinter.Print(context, tree, Math.Max(1, maxNodes));
        return PlanPrinter.PrintTotals(context, tree) ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static int Convert(CliContext context, string from, string to)
    {
        var read = Load(context, from);
        var document = PlanDocumentWriter.ToDocument(read.Plan!);
        switch (System.IO.Path.GetExtension(to).ToUpperInvariant())
        {
            case ".XLSX":
                PlanWorkbookWriter.Write(document, to);
                break;
            case ".JSON":
                System.IO.File.WriteAllText(to, document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
                break;
            default:
                throw new CliUsageException(context.T(PlanTexts.FileKind, to));
        }

        Spectre.Console.AnsiConsoleExtensions.MarkupLine(context.Console, Spectre.Console.Markup.Escape(context.T(PlanTexts.Converted, to)));
        return ExitCodes.Ok;
    }

    private static async Task<int> ApplyAsync(CliContext context, string file, bool removeMissing, CancellationToken cancellationToken)
    {
        var read = Load(context, file);
        return await PlanApplier.ApplyAsync(context, read.Plan!, read.Locate, removeMissing, cancellationToken).ConfigureAwait(false);
    }
}
