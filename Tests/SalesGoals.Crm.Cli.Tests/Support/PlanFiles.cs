using System;
using System.IO;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Cli.Plan.Reading;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Cli.Tests.Support;

/// <summary>The repository's example plan and variants of it written to a temporary folder.</summary>
internal static class PlanFiles
{
    public static string ExamplesFolder => Path.Combine(RepoRoot(), "Connectors", "SalesGoals.Crm.Cli", "Plan", "Examples");

    public static string ExampleYaml => Path.Combine(ExamplesFolder, "fy2026-plan.yaml");

    public static string ExampleXlsx => Path.Combine(ExamplesFolder, "fy2026-plan.xlsx");

    /// <summary>The example as a document, to edit before writing it out.</summary>
    public static JsonObject Example()
    {
        using var text = File.OpenText(ExampleYaml);
        return (JsonObject)YamlDocumentForTests.Read(text)!;
    }

    public static string WriteJson(JsonObject plan)
    {
        var path = Path.Combine(Path.GetTempPath(), "sg-plan-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, plan.ToJsonString());
        return path;
    }

    public static string WriteYaml(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), "sg-plan-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    public static string WriteXlsx(JsonObject plan)
    {
        var path = Path.Combine(Path.GetTempPath(), "sg-plan-" + Guid.NewGuid().ToString("N") + ".xlsx");
        PlanWorkbookWriter.Write(plan, path);
        return path;
    }

    public static string RepoRoot() => RepositoryRoot.Path;
}
