using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Tests.Support;

namespace SalesGoals.Crm.Cli.Tests.Verify;

[TestClass]
public sealed class VerifyCommandTests
{
    [TestMethod]
    public async Task Verify_LocalWebApiAndBroker_AllChecksOkExitCodeZero()
    {
        await using var harness = await CliHarness.StartAsync(withBroker: true);

        var run = await harness.RunAsync("verify");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Dataverse table sg_metrics", run.ToString());
        StringAssert.Contains(run.Output, "salesgoals-events/$deadletterqueue", run.ToString());
        StringAssert.Contains(run.Output, "All connections work.", run.ToString());
    }

    [TestMethod]
    public async Task Verify_DataverseStopped_TableRowsFailExitCodeOne()
    {
        var harness = await CliHarness.StartAsync();
        var options = harness.DataverseOptions();
        await harness.DisposeAsync();

        var run = await CliHarness.RunWithDataverseAsync(options, "verify", "--skip-queue");

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "5 check(s) failed.", run.ToString());
    }
}
