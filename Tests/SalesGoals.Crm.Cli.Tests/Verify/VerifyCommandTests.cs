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
        StringAssert.Contains(run.Output, "ok (sb://127.0.0.1/salesgoals-events: the queue read here)", run.ToString());
        StringAssert.Contains(run.Output, "All connections work.", run.ToString());
    }

    [TestMethod]
    [DataRow("sb://127.0.0.1/salesgoals", "names another queue than salesgoals-events")]
    [DataRow("sb://contoso-goals.servicebus.windows.net/salesgoals-events", "names another namespace than 127.0.0.1")]
    [DataRow("https://contoso-goals.servicebus.windows.net/salesgoals-events", "is not an sb://<namespace>/<queue> address")]
    public async Task Verify_ServiceBusEndpointVariableNamesAnotherQueue_FailsSayingWhy(string value, string expected)
    {
        await using var harness = await CliHarness.StartAsync(withBroker: true);
        harness.SetEnvironmentVariable("sg_ServiceBusEndpoint", value); // the admin changes the value

        var run = await harness.RunAsync("verify");

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, expected, run.ToString());
        StringAssert.Contains(run.Output, "1 check(s) failed.", run.ToString());
    }

    [TestMethod]
    public async Task Verify_ServiceBusEndpointVariableWithoutValue_FailsAskingForIt()
    {
        await using var harness = await CliHarness.StartAsync();

        var run = await harness.RunAsync("verify", "--skip-queue");

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "no value: set it to sb://", run.ToString());
    }

    [TestMethod]
    public async Task Verify_DataverseStopped_TableRowsFailExitCodeOne()
    {
        var harness = await CliHarness.StartAsync();
        var options = harness.DataverseOptions();
        await harness.DisposeAsync();

        var run = await CliHarness.RunWithDataverseAsync(options, "verify", "--skip-queue");

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "6 check(s) failed.", run.ToString());
    }
}
