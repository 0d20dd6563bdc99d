using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Fenxiang.Tests.Support;

namespace SalesGoals.Crm.Fenxiang.Tests.Client;

[TestClass]
public sealed class FenxiangClientTests
{
    private const string Opportunity = "NewOpportunityObj";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow(FenxiangAuthStyle.LegacyBody, "FSUID_00000000000000000000000000001001")]
    [DataRow(FenxiangAuthStyle.Header, "1001")]
    public async Task Users_EachAuthStyle_SpeaksItsOwnEmployeeIds(FenxiangAuthStyle style, string expectedId)
    {
        await using var host = await FenxiangTestHost.StartAsync(style);
        host.Emulator.Tenant.AddEmployee(new EmulatedEmployee("1001", "王芳", Mobile: "13911112222", Email: "wang.fang@example.cn"));

        var byMobile = await host.Client.GetUsersByMobileAsync("13911112222", TestContext.CancellationToken);
        var user = await host.Client.GetUserAsync(expectedId, TestContext.CancellationToken);
        var all = await host.Client.ListUsersAsync(TestContext.CancellationToken);

        Assert.AreEqual(expectedId, byMobile.Single().OpenUserId);
        Assert.AreEqual("wang.fang@example.cn", user.Email);
        Assert.AreEqual("wang.fang@example.cn", all.Single(u => u.OpenUserId == expectedId).Email, "no lookup by e-mail: list and match");
    }

    [TestMethod]
    [DataRow(FenxiangAuthStyle.LegacyBody)]
    [DataRow(FenxiangAuthStyle.Header)]
    public async Task CreateGetUpdate_EachAuthStyle_RoundTripsRecord(FenxiangAuthStyle style)
    {
        await using var host = await FenxiangTestHost.StartAsync(style);
        var owner = style == FenxiangAuthStyle.Header ? FenxiangTestHost.AdminId : FenxiangTestHost.AdminOpenUserId;

        var id = await host.Client.CreateAsync(Opportunity, new JsonObject { ["name"] = "新商机", ["amount"] = "500.00", ["owner"] = new JsonArray(owner) }, TestContext.CancellationToken);
        await host.Client.UpdateAsync(Opportunity, id, new JsonObject { ["amount"] = "750.00", ["sales_status"] = "2" }, TestContext.CancellationToken);
        var record = await host.Client.GetAsync(Opportunity, id, TestContext.CancellationToken);

        Assert.AreEqual("750.00", record["amount"]!.GetValue<string>());
        Assert.AreEqual("2", record["sales_status"]!.GetValue<string>());
        Assert.AreEqual(owner, record["owner"]!.AsArray().Single()!.GetValue<string>());
    }

    [TestMethod]
    public async Task ChangeOwner_MovesRecordToAnotherEmployee()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        host.Emulator.Tenant.AddEmployee(new EmulatedEmployee("1002", "赵六"));
        var id = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Build());

        await host.Client.ChangeOwnerAsync(Opportunity, id, EmulatedEmployee.OpenUserIdFor("1002"), TestContext.CancellationToken);

        Assert.AreEqual("1002", host.Emulator.Tenant.Find(Opportunity, id)!["owner"]!.AsArray().Single()!.GetValue<string>());
    }

    [TestMethod]
    public async Task InvalidThenRecover_RestoresRecord()
    {
        await using var host = await FenxiangTestHost.StartAsync();
        var id = host.Emulator.Tenant.Seed(Opportunity, new OpportunityBuilder().Build());

        await host.Client.InvalidAsync(Opportunity, id, TestContext.CancellationToken);
        var invalidated = (await host.Client.GetAsync(Opportunity, id, TestContext.CancellationToken))["life_status"]!.GetValue<string>();
        await host.Client.RecoverAsync(Opportunity, [id], TestContext.CancellationToken);

        Assert.AreEqual("invalid", invalidated);
        Assert.AreEqual("normal", host.Emulator.Tenant.Find(Opportunity, id)!["life_status"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Get_MissingRecord_ThrowsBusinessRuleWithTraceId()
    {
        await using var host = await FenxiangTestHost.StartAsync();

        var error = await Assert.ThrowsExactlyAsync<FenxiangApiException>(() => host.Client.GetAsync(Opportunity, "nope", TestContext.CancellationToken));

        Assert.AreEqual(FenxiangOutcome.BusinessRule, error.Outcome);
        Assert.IsFalse(string.IsNullOrEmpty(error.Error.TraceId));
        Assert.AreEqual(1, host.Emulator.Stats.ApiCalls, "business refusals are not retried");
    }

    [TestMethod]
    public async Task DescribeAsync_UnknownObject_ReturnsNullAndKnownObjectListsOptions()
    {
        await using var host = await FenxiangTestHost.StartAsync();

        var missing = await host.Client.DescribeAsync("NoSuchObj", TestContext.CancellationToken);
        var describe = await host.Client.DescribeAsync(Opportunity, TestContext.CancellationToken);

        Assert.IsNull(missing);
        CollectionAssert.AreEqual(new[] { "1", "2", "3", "4" }, describe!.Fields["sales_status"].Options!.Select(o => o.Value).ToArray());
    }
}
