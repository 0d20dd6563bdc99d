using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.Packing;

/// <summary>
/// Issue 17: the pipelines mutate the plug-ins folder by folder and <c>.ci/mutation-score</c> adds the folders' Stryker
/// reports up and fails the run below the plug-ins' threshold, or when a folder went unmeasured or was counted twice.
/// Runs the script on reports written here, over a project folder made here.
/// </summary>
[TestClass]
public sealed class MutationScoreTests
{
    private const string Project = "SalesGoals.Crm.Plugins";

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mutation-score-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A project with the given code folders (one .cs file each) and a config whose break is 80.</summary>
    private static (string Project, string Config) Layout(string root, params string[] folders)
    {
        var project = Path.Combine(root, Project);
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(Path.Combine(project, folder));
            File.WriteAllText(Path.Combine(project, folder, folder + "Service.cs"), "class C { }");
        }

        var config = Path.Combine(root, "stryker-config.json");
        File.WriteAllText(config, """{ "stryker-config": { "thresholds": { "high": 90, "low": 80, "break": 80 } } }""");
        return (project, config);
    }

    /// <summary>A report: per file (relative to the project), the statuses of its mutants.</summary>
    private static string Report(string root, string name, Dictionary<string, string[]> files)
    {
        var json = new Dictionary<string, object>
        {
            ["files"] = files.ToDictionary(
                f => "/agent/work/Plugins/" + Project + "/" + f.Key,
                f => (object)new { mutants = f.Value.Select(Mutant).ToArray() }),
        };
        var path = Path.Combine(root, name + ".json");
        File.WriteAllText(path, JsonSerializer.Serialize(json));
        return path;
    }

    private static object Mutant(string status) => status == "Filtered"
        ? new { status = "Ignored", statusReason = "Removed by mutate filter" }
        : new { status, statusReason = "" };

    private static string[] Statuses(int killed, int survived, int noCoverage = 0, int timeout = 0) =>
        [.. Enumerable.Repeat("Killed", killed), .. Enumerable.Repeat("Survived", survived), .. Enumerable.Repeat("NoCoverage", noCoverage),
            .. Enumerable.Repeat("Timeout", timeout), "CompileError", "Ignored"];

    private static (int ExitCode, string Output, string Errors) Score(string config, string project, params string[] reports)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(TestPaths.RepositoryRoot, ".ci", "mutation-score"), "--config", config, "--project", project }.Concat(reports))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors);
    }

    [TestMethod]
    [DataRow(7, 2, 1, 0, "all                80.00 %     16 of    20", DisplayName = "90 % and 70 %: 80.00 % in all, at the break")]
    [DataRow(6, 2, 1, 1, "all                80.00 %     16 of    20", DisplayName = "timeouts count as detected")]
    public void Score_FoldersAtTheThresholdTogether_PassesWithTheSum(int planningKilled, int planningSurvived, int planningNoCoverage, int planningTimeout, string expected)
    {
        // Arrange
        var root = NewFolder();
        var (project, config) = Layout(root, "Goals", "Planning");
        var goals = Report(root, "goals", new() { ["Goals/GoalsService.cs"] = Statuses(9, 1), ["Planning/PlanningService.cs"] = ["Filtered", "Filtered"] });
        var planning = Report(root, "planning", new()
        {
            ["Planning/PlanningService.cs"] = Statuses(planningKilled, planningSurvived, planningNoCoverage, planningTimeout),
            ["Goals/GoalsService.cs"] = ["Filtered"],
        });

        // Act
        var (exitCode, output, errors) = Score(config, project, goals, planning);

        // Assert
        Assert.AreEqual(0, exitCode, output + errors);
        StringAssert.Contains(output, "Goals              90.00 %      9 of    10");
        StringAssert.Contains(output, "Planning           70.00 %      7 of    10");
        StringAssert.Contains(output, expected);
    }

    [TestMethod]
    public void Score_FoldersBelowTheThresholdTogether_FailsSayingBelow()
    {
        var root = NewFolder();
        var (project, config) = Layout(root, "Goals", "Planning");
        var goals = Report(root, "goals", new() { ["Goals/GoalsService.cs"] = Statuses(9, 1) });
        var planning = Report(root, "planning", new() { ["Planning/PlanningService.cs"] = Statuses(6, 4) });

        var (exitCode, output, _) = Score(config, project, goals, planning);

        Assert.AreEqual(1, exitCode);
        StringAssert.Contains(output, "75.00 % is BELOW the break threshold of 80 %");
    }

    [TestMethod]
    public void Score_FolderOnlyFilteredOut_FailsNamingTheUnmeasuredFolder()
    {
        // Arrange: Planning appears in the Goals report only as mutants its --mutate filter left out.
        var root = NewFolder();
        var (project, config) = Layout(root, "Goals", "Planning");
        var goals = Report(root, "goals", new() { ["Goals/GoalsService.cs"] = Statuses(10, 0), ["Planning/PlanningService.cs"] = ["Filtered"] });

        // Act
        var (exitCode, output, errors) = Score(config, project, goals);

        // Assert
        Assert.AreEqual(1, exitCode, output);
        StringAssert.Contains(errors, "no report measured SalesGoals.Crm.Plugins/Planning");
    }

    [TestMethod]
    public void Score_SameFileMeasuredInTwoReports_FailsNamingIt()
    {
        var root = NewFolder();
        var (project, config) = Layout(root, "Goals");
        var first = Report(root, "first", new() { ["Goals/GoalsService.cs"] = Statuses(10, 0) });
        var second = Report(root, "second", new() { ["Goals/GoalsService.cs"] = Statuses(10, 0) });

        var (exitCode, _, errors) = Score(config, project, first, second);

        Assert.AreEqual(1, exitCode);
        StringAssert.Contains(errors, "Goals/GoalsService.cs is measured in both");
    }
}
