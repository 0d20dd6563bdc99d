using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Testing;
using SalesGoals.Crm.Worker.Messaging;
using SalesGoals.Crm.Worker.Tests.Support;

namespace SalesGoals.Crm.Worker.Tests.Sandbox;

[TestClass]
public sealed class SandboxRedeliveryTests
{
    [ClassInitialize]
    public static Task StartAsync(TestContext context) => SharedSandbox.EnsureStartedAsync();

    [TestMethod]
    [DataRow(SyncMessages.PullActuals, "Zoho")]
    [DataRow(SyncMessages.ProgressChanged, "Fenxiang")]
    public async Task Send_SameWorkMessageOfAPastCycleAgain_IsSkippedAsADuplicateAndChangesNothing(string subject, string systemName)
    {
        var system = ExternalSystem.Parse(systemName);
        var host = SharedSandbox.Host;
        var duplicates = host.ConsumerCounters.Duplicates;
        var rows = await host.Dataverse.GetExternalActualsAsync(CancellationToken.None);
        var goalRows = system == ExternalSystem.Zoho ? host.ZohoGoalRows().Count : host.FenxiangGoalRows().Count;

        await host.SendAsync(SyncMessages.Create(subject, new SyncCommand(system, 1)), CancellationToken.None);
        var skipped = await Poll.UntilAsync(() => host.ConsumerCounters.Duplicates > duplicates);

        Assert.IsTrue(skipped, host.ConsumerCounters.ToString());
        Assert.HasCount(rows.Count, await host.Dataverse.GetExternalActualsAsync(CancellationToken.None));
        Assert.AreEqual(goalRows, system == ExternalSystem.Zoho ? host.ZohoGoalRows().Count : host.FenxiangGoalRows().Count);
    }
}
