using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.Packing;

/// <summary>
/// Issue 17: both pipelines have a mutation job for the goal engine and jobs for every plug-in folder, then one that
/// scores the plug-ins as a whole; they run on a schedule and on demand (never on push: they take hours), each failing
/// below its threshold; the push/PR build keeps running .ci/run, which does no whole-project mutation run.
/// </summary>
[TestClass]
public sealed class MutationPipelineTests
{
    private static string Text(params string[] parts) => File.ReadAllText(Path.Combine([TestPaths.RepositoryRoot, .. parts]));

    [TestMethod]
    [DataRow("azure-devops/mutation.yml", "trigger: none", "schedules:")]
    [DataRow("github/mutation.yml", "workflow_dispatch:", "schedule:")]
    public void MutationJob_RunsBothTargetsOnDemandAndOnSchedule(string file, string onDemand, string scheduled)
    {
        var text = Text("pipelines", file);

        StringAssert.Contains(text, onDemand);
        StringAssert.Contains(text, scheduled);
        Assert.IsTrue(Regex.IsMatch(text, @"^\s*-?\s*(script|run): bash \.ci/mutation engine\s*$", RegexOptions.Multiline), $"{file}: no engine job");
        Assert.IsTrue(Regex.IsMatch(text, @"^\s*-?\s*(script|run): bash \.ci/mutation plugins-folder \S.*$", RegexOptions.Multiline), $"{file}: no plug-ins folder job");
        Assert.IsTrue(Regex.IsMatch(text, @"^\s*-?\s*(script|run): python3 \.ci/mutation-score .*--project Plugins/SalesGoals\.Crm\.Plugins ", RegexOptions.Multiline), $"{file}: no plug-ins score job");
        Assert.DoesNotContain("pull_request", text);
        Assert.DoesNotContain("push:", text);
    }

    [TestMethod]
    [DataRow("azure-devops/mutation.yml")]
    [DataRow("github/mutation.yml")]
    public void MutationJob_MutatesEveryPluginFolderThatHoldsCode(string file)
    {
        // Arrange
        var text = Text("pipelines", file);
        var plugins = Path.Combine(TestPaths.RepositoryRoot, "Plugins", "SalesGoals.Crm.Plugins");
        var folders = Directory.GetDirectories(plugins)
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(plugins, name!), "*.cs", SearchOption.AllDirectories).Any())
            .ToList();

        // Act
        var missing = folders.Where(folder => !Regex.IsMatch(text, $@"(\b{folder}: {{ folder: {folder} }}|[\[ ]{folder}[,\]])")).ToList();

        // Assert
        Assert.IsGreaterThanOrEqualTo(10, folders.Count);
        Assert.IsEmpty(missing, $"{file}: no mutation job for {string.Join(", ", missing)}");
    }

    [TestMethod]
    [DataRow("SalesGoals.Crm.GoalEngine.Tests", 90)]
    [DataRow("SalesGoals.Crm.Plugins.Tests", 80)]
    public void StrykerConfig_FailsTheRunBelowTheIssuesThreshold(string testProject, int breakAt)
    {
        using var config = JsonDocument.Parse(Text("Tests", testProject, "stryker-config.json"));

        var thresholds = config.RootElement.GetProperty("stryker-config").GetProperty("thresholds");

        Assert.AreEqual(breakAt, thresholds.GetProperty("break").GetInt32());
    }

    [TestMethod]
    public void CiRun_DoesNoWholeProjectMutationRun()
    {
        var run = Text(".ci", "run") + Text(".ci", "test");

        foreach (Match call in Regex.Matches(run, @"\.ci/mutation[^\n]*"))
        {
            StringAssert.Contains(call.Value, "--since", "CI may only mutate what changed since main");
        }
    }
}
