using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Fenxiang.Tests.Support;

namespace SalesGoals.Crm.Fenxiang.Tests.Emulator;

/// <summary>People fields come back as Fenxiang sends them: the id list plus a nested <c>__r</c> object (the
/// published get sample's <c>created_by__r</c> is an object), and the system user "-10000" owns records.</summary>
[TestClass]
public sealed class PeopleReferenceFidelityTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("1000", "管理员")]
    [DataRow("-10000", "系统")]
    public async Task Query_OwnerField_ComesWithANestedOwnerObject(string ownerId, string name)
    {
        await using var emulator = await FenxiangEmulator.StartAsync(new FenxiangEmulatorOptions { RateLimitEnabled = false });
        emulator.Tenant.AddEmployee(new EmulatedEmployee("1000", "管理员", "13800000000", "admin@example.com"));
        emulator.Tenant.Seed("NewOpportunityObj", new OpportunityBuilder().OwnedBy(ownerId).Build());
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(
            new JsonObject { ["data"] = new JsonObject { ["dataObjectApiName"] = "NewOpportunityObj", ["search_query_info"] = new JsonObject { ["limit"] = 10, ["offset"] = 0 } } },
            "1000",
            TestContext.CancellationToken);

        var answer = await raw.PostAsync("/cgi/crm/v2/data/query", body, TestContext.CancellationToken);

        var record = answer["data"]!["dataList"]!.AsArray().Single()!.AsObject();
        Assert.IsInstanceOfType<JsonArray>(record["owner"]);
        var owner = record["owner__r"] as JsonObject;
        Assert.IsNotNull(owner, record.ToJsonString());
        Assert.AreEqual(ownerId, owner["id"]!.GetValue<string>());
        Assert.AreEqual(name, owner["name"]!.GetValue<string>());
    }
}
