using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Json;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Integration.Mapping.Validation;
using Spectre.Console;

namespace SalesGoals.Crm.Cli.Mappings;

/// <summary><c>mappings list | export | import | validate</c>: the mapping tables through the worker's Web API gateway and the mapping file format of Integration.</summary>
public static class MappingsCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("mappings", context.T(MappingsTexts.Description));

        var list = new Command("list", context.T(MappingsTexts.ListDescription));
        list.SetAction((_, cancellationToken) => ListAsync(context, cancellationToken));
        command.Subcommands.Add(list);

        var exportSystem = SystemOption(context);
        var exportFile = new Argument<string>("FILE") { Description = context.T(MappingsTexts.FileArgument) };
        var export = new Command("export", context.T(MappingsTexts.ExportDescription)) { exportSystem, exportFile };
        export.SetAction((r, cancellationToken) => ExportAsync(context, ParseSystem(context, r.GetValue(exportSystem)!), r.GetValue(exportFile)!, cancellationToken));
        command.Subcommands.Add(export);

        var importFile = new Argument<string>("FILE") { Description = context.T(MappingsTexts.FileArgument) };
        var import = new Command("import", context.T(MappingsTexts.ImportDescription)) { importFile };
        import.SetAction((r, cancellationToken) => ImportAsync(context, r.GetValue(importFile)!, cancellationToken));
        command.Subcommands.Add(import);

        var validateFile = new Argument<string>("FILE") { Description = context.T(MappingsTexts.FileArgument) };
        var validate = new Command("validate", context.T(MappingsTexts.ValidateDescription)) { validateFile };
        validate.SetAction((r, _) =>
        {
            var mapping = Load(context, r.GetValue(validateFile)!);
            context.Console.MarkupLine(Markup.Escape(context.T(MappingsTexts.Valid, mapping.System, mapping.Objects.Count, mapping.Users.Count)));
            return Task.FromResult(ExitCodes.Ok);
        });
        command.Subcommands.Add(validate);
        return command;
    }

    private static Option<string> SystemOption(CliContext context) => new("--system") { Description = context.T(MappingsTexts.SystemOption), Required = true };

    private static ExternalSystem ParseSystem(CliContext context, string text) =>
        ExternalSystem.TryParse(text, out var system) && system != ExternalSystem.Dataverse
            ? system
            : throw new CliUsageException(context.T(MappingsTexts.BadSystem, text));

    private static async Task<int> ListAsync(CliContext context, CancellationToken cancellationToken)
    {
        var rows = await context.Connections.DataverseGateway.GetMappingRowsAsync(cancellationToken).ConfigureAwait(false);
        var table = new Table().AddColumns(context.T(MappingsTexts.System), context.T(MappingsTexts.Fields), context.T(MappingsTexts.Values), context.T(MappingsTexts.Users));
        foreach (var system in ExternalSystem.Defined)
        {
            var option = MappingOptionValues.SystemOption(system);
            table.AddRow(
                system.ToString(),
                rows.FieldRows.Count(r => r.System == option).ToString(System.Globalization.CultureInfo.InvariantCulture),
                rows.ValueRows.Count(r => r.System == option).ToString(System.Globalization.CultureInfo.InvariantCulture),
                rows.UserRows.Count(r => r.System == option).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        return ExitCodes.Ok;
    }

    private static async Task<int> ExportAsync(CliContext context, ExternalSystem system, string file, CancellationToken cancellationToken)
    {
        var rows = await context.Connections.DataverseGateway.GetMappingRowsAsync(cancellationToken).ConfigureAwait(false);
        CrmMapping mapping;
        try
        {
            mapping = MappingRecords.FromRows(system, rows, new MappingSettings());
        }
        catch (MappingRecordsException exception)
        {
            throw new CliFailureException(exception.Message, exception);
        }

        await File.WriteAllTextAsync(file, MappingJson.Export(mapping), cancellationToken).ConfigureAwait(false);
        context.Console.MarkupLine(Markup.Escape(context.T(MappingsTexts.Exported, file)));
        return ExitCodes.Ok;
    }

    private static async Task<int> ImportAsync(CliContext context, string file, CancellationToken cancellationToken)
    {
        var mapping = Load(context, file);
        MappingRowSet rows;
        try
        {
            rows = MappingRecords.ToRows(mapping);
        }
        catch (MappingRecordsException exception)
        {
            throw new CliUsageException(context.T(MappingsTexts.Problems, 1) + Environment.NewLine + "  - " + exception.Message, exception);
        }

        await context.Connections.DataverseGateway.UpsertMappingRowsAsync(rows, cancellationToken).ConfigureAwait(false);
        context.Console.MarkupLine(Markup.Escape(context.T(MappingsTexts.Imported, rows.FieldRows.Count, rows.ValueRows.Count, rows.UserRows.Count)));
        return ExitCodes.Ok;
    }

    /// <summary>Reads and validates a mapping file; every problem at once (exit 2).</summary>
    private static CrmMapping Load(CliContext context, string file)
    {
        if (!File.Exists(file))
        {
            throw new CliUsageException(context.T(MappingsTexts.FileMissing, file));
        }

        CrmMapping mapping;
        try
        {
            mapping = MappingJson.Import(File.ReadAllText(file));
        }
        catch (MappingJsonException exception)
        {
            throw new CliUsageException(context.T(MappingsTexts.Problems, exception.Errors.Count) + Environment.NewLine
                + string.Join(Environment.NewLine, exception.Errors.Select(e => "  - " + e)), exception);
        }

        var result = MappingValidator.Validate(mapping, [], MappingValidationContext.None);
        if (!result.IsValid)
        {
            throw new CliUsageException(context.T(MappingsTexts.Problems, result.Problems.Count) + Environment.NewLine
                + string.Join(Environment.NewLine, result.Problems.Select(p => "  - " + p)));
        }

        return mapping;
    }
}
