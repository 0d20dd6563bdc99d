using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Localization;
using SalesGoals.Crm.Cli.Plan.Model;

namespace SalesGoals.Crm.Cli.Plan.Reading;

/// <summary>Reads a plan file by its extension: .xlsx (cells named in problems), .yaml/.yml or .json (paths named).</summary>
public static class PlanFileReader
{
    /// <exception cref="CliUsageException">The file is missing, of another kind, or not readable at all.</exception>
    public static PlanReadResult Read(string path, CliLanguage language)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException(PlanTexts.FileMissing.Format(language, path));
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();
        try
        {
            switch (extension)
            {
                case ".XLSX":
                    var workbook = PlanWorkbookReader.Read(path);
                    if (workbook.Problems.Count > 0)
                    {
                        return new PlanReadResult(null, workbook.Problems);
                    }

                    return PlanParser.Parse(workbook.Document, workbook.Locate) with { Locate = workbook.Locate };
                case ".YAML" or ".YML":
                    using (var text = File.OpenText(path))
                    {
                        return PlanParser.Parse(YamlDocument.Read(text));
                    }

                case ".JSON":
                    return PlanParser.Parse(JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }));
                default:
                    throw new CliUsageException(PlanTexts.FileKind.Format(language, path));
            }
        }
        catch (Exception exception) when (exception is JsonException or YamlDotNet.Core.YamlException or IOException or InvalidDataException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException)
        {
            throw new CliUsageException(PlanTexts.FileUnreadable.Format(language, exception.Message), exception);
        }
    }

    /// <summary>For problems that exist only in a parsed file (no definition): the list, rendered.</summary>
    public static string Render(PlanProblem problem, CliLanguage language) => problem.Render(language);
}
