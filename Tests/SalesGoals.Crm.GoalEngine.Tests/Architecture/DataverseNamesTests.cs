using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.GoalEngine.Tests.Architecture;

/// <summary>
/// The goal engine names no Dataverse table or column: metrics name their sources abstractly (<see cref="SourceKind"/>)
/// and the plug-ins map them to tables and columns. The names the plug-ins use are read from their schema constants
/// (Plugins/SalesGoals.Crm.Plugins/Schema) and the solution's tables (Solution/Entities), so a new name is guarded too.
/// </summary>
[TestClass]
public class DataverseNamesTests
{
    private static readonly Regex SchemaConstant = new("const string \\w+ = \"(?<name>[^\"]+)\"", RegexOptions.CultureInvariant);

    private static readonly Regex StringLiteral = new("\"(?<text>(?:[^\"\\\\\\n]|\\\\.)*)\"", RegexOptions.CultureInvariant);

    [TestMethod]
    public void Constants_EngineAssembly_NameNoDataverseTableOrColumn()
    {
        var names = DataverseNames();
        var strings = typeof(MetricDefinition).Assembly.GetTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(string) && (f.IsLiteral || f.IsInitOnly))
            .Select(f => (Where: f.DeclaringType!.Name + "." + f.Name, Text: (string?)(f.IsLiteral ? f.GetRawConstantValue() : f.GetValue(null))));

        var offenders = strings.Where(s => s.Text != null && IsDataverseName(s.Text, names)).Select(s => $"{s.Where} = \"{s.Text}\"").ToList();

        Assert.AreEqual(0, offenders.Count, "Engine constants naming Dataverse tables or columns: " + string.Join(", ", offenders));
    }

    [TestMethod]
    public void StringLiterals_EngineSourceFiles_NameNoDataverseTableOrColumn()
    {
        var names = DataverseNames();
        var engine = RepositoryRoot.Combine("Plugins", "SalesGoals.Crm.GoalEngine");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories).Where(IsSource))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                // Comments may explain the mapping; only code (string literals) must not carry the names.
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                offenders.AddRange(StringLiteral.Matches(lines[i])
                    .Select(m => m.Groups["text"].Value)
                    .Where(text => IsDataverseName(text, names))
                    .Select(text => $"{Path.GetRelativePath(engine, file)}:{i + 1} \"{text}\""));
            }
        }

        Assert.IsTrue(Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories).Count(IsSource) > 50, "the engine's sources were not found under " + engine);
        Assert.AreEqual(0, offenders.Count, "Engine string literals naming Dataverse tables or columns: " + string.Join(", ", offenders));
    }

    [TestMethod]
    [DataRow("sg_paidon", true)]
    [DataRow("SG_ExternalActual", true)]
    [DataRow("opportunity", true)]
    [DataRow("actualvalue_base", true)]
    [DataRow("won-revenue", false)]
    [DataRow("won", false)]
    public void IsDataverseName_Text_KnowsTheSchemaNames(string text, bool expected)
    {
        Assert.AreEqual(expected, IsDataverseName(text, DataverseNames()));
    }

    private static bool IsDataverseName(string text, ISet<string> names) =>
        text.StartsWith("sg_", StringComparison.OrdinalIgnoreCase) || names.Contains(text);

    private static bool IsSource(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return !parts.Contains("obj") && !parts.Contains("bin");
    }

    /// <summary>Every table and column name the plug-ins' schema constants spell, and every table of the solution.</summary>
    private static HashSet<string> DataverseNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(RepositoryRoot.Combine("Plugins", "SalesGoals.Crm.Plugins", "Schema"), "*.cs"))
        {
            names.UnionWith(SchemaConstant.Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value));
        }

        names.UnionWith(Directory.EnumerateDirectories(RepositoryRoot.Combine("Solution", "Entities")).Select(Path.GetFileName).OfType<string>());
        Assert.IsTrue(names.Count > 100 && names.Contains("opportunity") && names.Contains("sg_goal"), "the schema names were not found: " + names.Count);
        return names;
    }
}
