using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Packing;

/// <summary>
/// The FileToFile directives of a SolutionPackager map file (pipelines/solution-map.xml): which
/// file a pack takes from elsewhere, by file name. Paths in <c>to</c> are relative to the solution
/// folder, as SolutionPackager evaluates them; %VARIABLE% is expanded. Folder and FileToPath
/// directives are not used by this repository and are refused rather than half-applied.
/// </summary>
public static class SolutionMap
{
    public static IReadOnlyDictionary<string, string> Load(string mapFile, string solutionFolder)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(mapFile, settings);
        var root = XDocument.Load(reader).Root!;
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var directive in root.Elements())
        {
            if (directive.Name.LocalName != "FileToFile")
            {
                throw new SolutionFormatException(mapFile, $"<{directive.Name.LocalName}> is not supported by this packer; map each file with <FileToFile>");
            }

            var map = Normalize((string?)directive.Attribute("map"));
            var to = Normalize((string?)directive.Attribute("to"));
            if (map is null || to is null || to.Contains('*', StringComparison.Ordinal))
            {
                throw new SolutionFormatException(mapFile, "a FileToFile directive needs map and a wildcard-free to");
            }

            // Earlier directives take precedence, as in SolutionPackager.
            files.TryAdd(Path.GetFileName(map), Path.GetFullPath(Path.Combine(solutionFolder, Environment.ExpandEnvironmentVariables(to))));
        }

        return files;
    }

    private static string? Normalize(string? path) => path?.Replace('\\', '/');
}
