using System;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Emulator.State;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Adapter;

[TestClass]
public sealed class ZohoAdapterVerifyTests
{
    private ZohoTestHost _host = null!;

    [TestInitialize]
    public async Task StartAsync() => _host = await ZohoTestHost.StartAsync();

    [TestCleanup]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestMethod]
    public async Task Verify_StandardOrg_HasNoProblems()
    {
        var problems = await _host.Adapter(ZohoDefaultMapping.Create()).VerifyAsync(CancellationToken.None);

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public async Task Verify_MissingModule_IsListed()
    {
        _host.Emulator.Seed.RemoveModule("Sales_Targets");

        var problems = await _host.Adapter(ZohoDefaultMapping.Create()).VerifyAsync(CancellationToken.None);

        Assert.HasCount(1, problems);
        StringAssert.Contains(problems[0], "Sales_Targets");
    }

    [TestMethod]
    public async Task Verify_MissingFieldsAndNonUniqueKey_AreAllListed()
    {
        _host.Emulator.Seed.RemoveField("Sales_Targets", "Tier");
        _host.Emulator.Seed.RemoveField("Sales_Targets", "Goal_Id");
        _host.Emulator.Seed.AddField("Sales_Targets", new ZohoFieldSchema("Goal_Id", "text"));
        var mapping = ZohoDefaultMapping.Create(extraDealFields: [new FieldMap("Sales_Region", CanonicalDealField.Region)]);

        var problems = await _host.Adapter(mapping).VerifyAsync(CancellationToken.None);

        Assert.HasCount(3, problems);
        Assert.IsTrue(Array.Exists([.. problems], p => p.Contains("Sales_Targets.Tier", StringComparison.Ordinal)));
        Assert.IsTrue(Array.Exists([.. problems], p => p.Contains("Deals.Sales_Region", StringComparison.Ordinal)));
        Assert.IsTrue(Array.Exists([.. problems], p => p.Contains("not unique", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Create_GoalMapWithoutKey_FailsWithAClearMessage()
    {
        var targets = new ObjectMap("Sales_Targets", ObjectMap.GoalProgressEntity, [new FieldMap("Name", CanonicalGoalField.Name, MappingDirection.Outbound)]);
        var mapping = ZohoDefaultMapping.Create() with { Objects = [ZohoDefaultMapping.Deals, targets] };

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => _host.Adapter(mapping));

        StringAssert.Contains(error.Message, "goalid");
    }
}
