using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Hosting;
using SalesGoals.Crm.Worker.Mapping;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Testing;
using SalesGoals.Crm.Worker.Tests.Support;

namespace SalesGoals.Crm.Worker.Tests.Mapping;

/// <summary>The mapping read from sg_fieldmapping / sg_valuemapping / sg_usermapping, and the vendors' user lists.</summary>
[TestClass]
public sealed class DataverseConnectedSystemsTests
{
    private static WorkerEnvironment _environment = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _environment = await WorkerEnvironment.StartAsync();
        // The sandbox's own in-process worker handles the seeded goals' events after start and may write the default
        // mapping then; these tests read and write the mapping rows, so they start once it has settled every message.
        var sandbox = _environment.Sandbox;
        var settled = await Poll.UntilAsync(
            () => sandbox.ConsumerCounters.Completed + sandbox.ConsumerCounters.DeadLettered + sandbox.ConsumerCounters.Duplicates >= sandbox.Activity.MessagesSent,
            TimeSpan.FromSeconds(120));
        Assert.IsTrue(settled, sandbox.ConsumerCounters.ToString());
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_environment is not null)
        {
            await _environment.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task GetAsync_NoRowsAndTwoWorkersAtOnce_DefaultsWrittenOnce()
    {
        using var first = Services();
        using var second = Services();

        var systems = await Task.WhenAll(
            first.GetRequiredService<DataverseConnectedSystems>().GetAsync(ExternalSystem.Zoho, refresh: true, CancellationToken.None),
            second.GetRequiredService<DataverseConnectedSystems>().GetAsync(ExternalSystem.Zoho, refresh: true, CancellationToken.None));

        var defaults = MappingRecords.ToRows(new ZohoConnector().DefaultMapping(new MappingSettings()));
        var stored = (await _environment.Sandbox.Dataverse.GetMappingRowsAsync(CancellationToken.None)).FieldRows.Where(r => r.System == MappingOptionValues.Zoho).ToList();
        Assert.HasCount(defaults.FieldRows.Count, stored);
        Assert.AreEqual("Deals", systems[0].DealObject);
        Assert.IsEmpty(first.GetRequiredService<DataverseConnectedSystems>().Problems[ExternalSystem.Zoho], "the default mapping verifies against the emulator's metadata");
    }

    [TestMethod]
    public async Task GetAsync_UserRowAddedByOps_MappingReloadedOnRefreshOnly()
    {
        using var services = Services();
        var systems = services.GetRequiredService<DataverseConnectedSystems>();
        var before = await systems.GetAsync(ExternalSystem.Zoho, refresh: true, CancellationToken.None);
        var unchanged = await systems.GetAsync(ExternalSystem.Zoho, refresh: true, CancellationToken.None);

        var rep = _environment.Sandbox.Seed.Reps[0];
        await _environment.Sandbox.Dataverse.UpsertMappingRowsAsync(new MappingRowSet([], [], [new UserMappingRow(MappingOptionValues.Zoho, "zoho-user-by-ops", rep.Email, rep.UserId)]), CancellationToken.None);
        var cached = await systems.GetAsync(ExternalSystem.Zoho, refresh: false, CancellationToken.None);
        var after = await systems.GetAsync(ExternalSystem.Zoho, refresh: true, CancellationToken.None);

        Assert.AreSame(before, unchanged, "nothing changed: the adapter is kept");
        Assert.AreSame(before, cached, "no refresh: the loaded mapping serves");
        Assert.AreNotSame(before, after);
        Assert.IsTrue(after.Mapping.Users.Any(u => u.ExternalUserId == "zoho-user-by-ops" && u.SystemUserId == rep.UserId), "the user row is in the new mapping");
    }

    [TestMethod]
    public async Task GetAsync_BrokenRows_EveryProblemListedAtOnce()
    {
        using var services = Services();
        await _environment.Sandbox.Dataverse.UpsertMappingRowsAsync(new MappingRowSet(
            [
                new FieldMappingRow(MappingOptionValues.Fenxiang, "NewOpportunityObj", "amount", "deal.", MappingOptionValues.Inbound),
                new FieldMappingRow(MappingOptionValues.Fenxiang, "NewOpportunityObj", "close_date", "closedate", MappingOptionValues.Inbound, "valuemap:region;shout-loudly"),
            ],
            [new ValueMappingRow(MappingOptionValues.Fenxiang, 100000002, "smb", " ")],
            []), CancellationToken.None);

        var failure = await Assert.ThrowsExactlyAsync<MappingNotUsableException>(
            () => services.GetRequiredService<DataverseConnectedSystems>().GetAsync(ExternalSystem.Fenxiang, refresh: true, CancellationToken.None));

        Assert.HasCount(3, failure.Problems, string.Join(" | ", failure.Problems));
        Assert.Contains("external field and canonical field are both required", failure.Message);
        Assert.Contains("shout-loudly", failure.Message);
        Assert.Contains("both values are required", failure.Message);
    }

    [TestMethod]
    public async Task ZohoDirectory_FromTheUsersApi_EveryActiveUserWithEmail()
    {
        using var services = Services();
        var reps = _environment.Sandbox.Seed.Reps.Where(r => r.ZohoUserId is not null).ToList();

        var users = await new ZohoConnector().CreateDirectory(services).GetUsersAsync(CancellationToken.None);

        foreach (var rep in reps)
        {
            Assert.IsTrue(users.Any(u => u.Id == rep.ZohoUserId && string.Equals(u.Email, rep.Email, StringComparison.OrdinalIgnoreCase)), rep.FullName);
        }
    }

    [TestMethod]
    public async Task FenxiangDirectory_FromTheUserListApi_EveryEmployeeWithTheIdsRecordsCarry()
    {
        using var services = Services();
        var reps = _environment.Sandbox.Seed.Reps.Where(r => r.FenxiangEmployeeId is not null).ToList();

        var users = await new FenxiangConnector().CreateDirectory(services).GetUsersAsync(CancellationToken.None);

        foreach (var rep in reps)
        {
            var expectedId = SalesGoals.Crm.Fenxiang.Emulator.Data.EmulatedEmployee.OpenUserIdFor(rep.FenxiangEmployeeId!);
            Assert.IsTrue(users.Any(u => u.Id == expectedId && string.Equals(u.Email, rep.Email, StringComparison.OrdinalIgnoreCase)), rep.FullName);
        }
    }

    // A worker's services as run registers them, not started (no hosted service runs).
    private static ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_environment.Settings("mapping")).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSalesGoalsWorker(configuration);
        services.AddSingleton<IDataverseGateway>(_environment.Sandbox.Dataverse);
        return services.BuildServiceProvider();
    }
}
