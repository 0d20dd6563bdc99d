using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Api;
using SalesGoals.Crm.Dataverse.WebApi.Client;
using SalesGoals.Crm.Dataverse.WebApi.Errors;
using SalesGoals.Crm.Dataverse.WebApi.Tests.Support;

namespace SalesGoals.Crm.Dataverse.WebApi.Tests.Client;

[TestClass]
public sealed class BadInputTests
{
    private const string Key = "sg_sourcesystem=100000000,sg_externalid='X-1'";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task UpsertAsync_UnknownColumn_ErrorNamesTheColumnAndTheTable()
    {
        await using var harness = await WebApiHarness.StartAsync();

        var error = await Assert.ThrowsExactlyAsync<DataverseWebApiException>(() =>
            harness.Client.UpsertAsync("sg_externalactuals", Key, new JsonObject { ["sg_nosuchcolumn"] = 1 }, "sg_externalactualid", Token));

        Assert.AreEqual(400, error.StatusCode);
        Assert.AreEqual("0x80060888", error.HexCode);
        Assert.AreEqual("Invalid property 'sg_nosuchcolumn' was found in entity 'Microsoft.Dynamics.CRM.sg_externalactual'.", error.DataverseMessage);
        Assert.Contains("PATCH /api/data/v9.2/sg_externalactuals(", error.Message);
    }

    [TestMethod]
    public async Task QueryAsync_UnknownTable_404NamingTheSegment()
    {
        await using var harness = await WebApiHarness.StartAsync();

        var error = await Assert.ThrowsExactlyAsync<DataverseWebApiException>(() =>
            harness.Client.QueryAsync("sg_nosuchtables", new ODataQuery(["sg_name"]), Token));

        Assert.AreEqual(404, error.StatusCode);
        Assert.Contains("sg_nosuchtables", error.DataverseMessage);
    }

    [TestMethod]
    public async Task UpsertAsync_KeyThatIsNoAlternateKey_ErrorNamesTheKey()
    {
        await using var harness = await WebApiHarness.StartAsync();

        var error = await Assert.ThrowsExactlyAsync<DataverseWebApiException>(() =>
            harness.Client.UpsertAsync("sg_externalactuals", "sg_name='X-1'", new JsonObject { ["sg_amount"] = 1m }, "sg_externalactualid", Token));

        Assert.AreEqual(400, error.StatusCode);
        Assert.Contains("sg_externalactual", error.DataverseMessage);
    }

    [TestMethod]
    public async Task UpsertAsync_TextForADecimalColumn_PayloadErrorNamingTheValue()
    {
        await using var harness = await WebApiHarness.StartAsync();

        var error = await Assert.ThrowsExactlyAsync<DataverseWebApiException>(() =>
            harness.Client.UpsertAsync("sg_externalactuals", Key, new JsonObject { ["sg_amount"] = "a lot" }, "sg_externalactualid", Token));

        Assert.AreEqual("0x80048d19", error.HexCode);
        Assert.Contains("'sg_externalactuals'", error.DataverseMessage);
        Assert.Contains("Edm.Decimal", error.DataverseMessage);
    }

    [TestMethod]
    public async Task UpsertAsync_ChoiceOutsideItsOptions_PlatformErrorCode()
    {
        await using var harness = await WebApiHarness.StartAsync();

        var error = await Assert.ThrowsExactlyAsync<DataverseWebApiException>(() =>
            harness.Client.UpsertAsync("sg_externalactuals", Key, new JsonObject { ["sg_productline"] = 7, ["sg_amount"] = 1m }, "sg_externalactualid", Token));

        Assert.AreEqual(400, error.StatusCode);
        Assert.AreEqual("0x8004431a", error.HexCode);
        Assert.IsEmpty(await harness.Gateway.GetExternalActualsAsync(Token));
    }

    [TestMethod]
    public async Task UpsertMultiple_OneBadTarget_WholeRequestRefusedNothingWritten()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var request = new UpsertMultipleRequest();
        for (var i = 0; i < 5; i++)
        {
            request.Targets.Add(new JsonObject
            {
                ["@odata.type"] = "Microsoft.Dynamics.CRM.sg_externalactual",
                ["@odata.id"] = $"sg_externalactuals(sg_sourcesystem=100000000,sg_externalid='M-{i}')",
                ["sg_amount"] = 10m,
                ["sg_productline"] = i == 3 ? 7 : 100_000_000,
            });
        }

        var error = await Assert.ThrowsExactlyAsync<DataverseWebApiException>(() => harness.Refit.UpsertMultipleAsync("sg_externalactuals", request, Token));

        Assert.AreEqual("0x8004431a", error.HexCode);
        Assert.Contains("sg_productline", error.DataverseMessage);
        Assert.IsEmpty(await harness.Gateway.GetExternalActualsAsync(Token), "UpsertMultiple is all or nothing");
    }
}
