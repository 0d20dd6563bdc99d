using System.Globalization;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Tests.Support;

namespace SalesGoals.Crm.Cli.Tests.Mappings;

[TestClass]
public sealed class MappingsCommandTests
{
    [TestMethod]
    public async Task Validate_UnsupportedFile_ProblemWithItsPathExitTwo()
    {
        var file = PlanFiles.WriteYaml("{ \"version\": 9, \"system\": \"Zoho\", \"surprise\": 1 }");

        var run = await CliHarness.RunOfflineAsync(CultureInfo.GetCultureInfo("en-US"), "mappings", "validate", file);

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "The mapping file has", run.ToString());
        StringAssert.Contains(run.Error, "$.version: unsupported version 9", run.ToString());
    }

    [TestMethod]
    public async Task List_EmptyOrganization_ZeroRowsPerSystem()
    {
        await using var harness = await CliHarness.StartAsync();

        var run = await harness.RunAsync("mappings", "list");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Zoho", run.ToString());
        StringAssert.Contains(run.Output, "Fenxiang", run.ToString());
    }

    [TestMethod]
    public async Task Export_UnknownSystem_ExitCodeTwo()
    {
        var run = await CliHarness.RunOfflineAsync(CultureInfo.GetCultureInfo("en-US"), "mappings", "export", "--system", "salesforce", "out.json");

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--system must be zoho or fenxiang, not 'salesforce'.", run.ToString());
    }
}
