using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SalesGoals.Crm.SolutionModel.Packing;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.Packing;

/// <summary>
/// The pipelines' three known risks stay fixed (issue 11): the managed pack comes from a folder unpacked as both
/// with the plug-in binary supplied by the map file; every Power Platform service connection input names a variable
/// declared in the same file through a template expression (inputs are resolved when the run is queued); and every
/// import gives the solution's required environment variables their values with a deployment settings file.
/// </summary>
[TestClass]
public sealed class PipelineTests
{
    private static readonly string[] Files = ["azure-devops/build.yml", "azure-devops/release.yml", "github/build-and-release.yml"];

    private static string Text(string file) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "pipelines", file));

    [TestMethod]
    [DataRow("azure-devops/build.yml", "SolutionType: Both", "MapFile: pipelines/solution-map.xml")]
    [DataRow("github/build-and-release.yml", "solution-type: Both", "map-file: pipelines/solution-map.xml")]
    public void Pack_BothTypesWithTheMapThatSuppliesThePluginBinary(string file, string type, string map)
    {
        var text = Text(file);

        StringAssert.Contains(text, type);
        StringAssert.Contains(text, map);
        Assert.AreEqual(2, SolutionPackage.ManagedFlag(TestPaths.ProductSolution), "a managed pack needs a folder unpacked as both");
    }

    [TestMethod]
    public void ServiceConnections_AreTemplateExpressionsOfVariablesDeclaredInTheSameFile()
    {
        var inputs = 0;
        foreach (var file in Files.Where(f => f.StartsWith("azure-devops/", StringComparison.Ordinal)))
        {
            var text = Text(file);
            foreach (Match input in Regex.Matches(text, @"PowerPlatformSPN:\s*(?<value>\S.*)$", RegexOptions.Multiline))
            {
                inputs++;
                var value = input.Groups["value"].Value.Trim();
                var variable = Regex.Match(value, @"^\$\{\{\s*variables\.(?<name>\w+)\s*\}\}");
                Assert.IsTrue(variable.Success, $"{file}: PowerPlatformSPN: {value} is not a template expression");
                var name = variable.Groups["name"].Value;
                Assert.IsTrue(
                    Regex.IsMatch(text, $@"^\s*(-\s*name:\s*{name}\s*$|{name}:\s*\S)", RegexOptions.Multiline),
                    $"{file}: variable {name} is never declared in the file");
            }
        }

        Assert.AreEqual(3, inputs, "the checker and the two imports");
    }

    [TestMethod]
    public void Imports_GiveTheRequiredEnvironmentVariablesADeploymentSettingsFile()
    {
        var required = SolutionReader.Load(TestPaths.ProductSolution).EnvironmentVariables
            .Where(v => v.IsRequired && v.DefaultValue is null).Select(v => v.SchemaName).ToList();
        Assert.IsNotEmpty(required);

        foreach (var (file, import, settings) in new[]
        {
            ("azure-devops/release.yml", "PowerPlatformImportSolution@2", "UseDeploymentSettingsFile: true"),
            ("github/build-and-release.yml", "import-solution@v1", "use-deployment-settings-file: true"),
        })
        {
            var text = Text(file);
            var imports = Regex.Count(text, Regex.Escape(import));
            Assert.IsGreaterThan(0, imports, file);
            Assert.AreEqual(imports, Regex.Count(text, Regex.Escape(settings)), $"{file}: an import without its settings file");
            foreach (var name in required)
            {
                Assert.AreEqual(imports, Regex.Count(text, $"SchemaName = '{name}'"), $"{file}: {name} is not given a value at every import");
            }
        }
    }
}
