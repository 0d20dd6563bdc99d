using System;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Tests.Support;

namespace SalesGoals.Crm.Dataverse.WebApi.Tests.LocalWebApi;

/// <summary>The local Web API's answers in Dataverse's wire format, seen by a plain HTTP client.</summary>
[TestClass]
public sealed class LocalWebApiWireFormatTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Get_NoBearerToken_401WithChallengeAndErrorBody()
    {
        await using var harness = await WebApiHarness.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(harness.Api.Url, "api/data/v9.2/") };

        using var response = await client.GetAsync("sg_goals", Token);

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!["error"]!;
        Assert.AreEqual("0x80040220", (string?)error["code"]);
    }

    [TestMethod]
    public async Task Get_UnknownId_404WithTheLocalDataversesCodeAndMessage()
    {
        await using var harness = await WebApiHarness.StartAsync();
        using var client = await harness.RawClientAsync();
        var id = Guid.NewGuid();

        using var response = await client.GetAsync($"sg_goals({id})?$select=sg_name", Token);

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!["error"]!;
        Assert.AreEqual("0x80040217", (string?)error["code"]);
        Assert.Contains(id.ToString(), (string?)error["message"] ?? string.Empty);
    }

    [TestMethod]
    public async Task Get_FormattedValuesAsked_ChoiceLookupAndDateAnnotated()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var owner = harness.Environment.Seed.User("Liu Yang");
        await harness.Gateway.UpsertExternalActualsAsync([Deals.Deal(1, harness.Cny) with { OwnerUserId = owner }], Token);
        using var client = await harness.RawClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "sg_externalactuals?$select=sg_dealstate,_sg_owneruserid_value,sg_closedate");
        request.Headers.Add("Prefer", "odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"");

        using var response = await client.SendAsync(request, Token);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!;
        var row = body["value"]![0]!;
        Assert.EndsWith("$metadata#sg_externalactuals(sg_dealstate,_sg_owneruserid_value,sg_closedate)", (string?)body["@odata.context"]);
        Assert.AreEqual(100_000_001, row["sg_dealstate"]!.GetValue<int>());
        Assert.IsFalse(string.IsNullOrEmpty((string?)row["sg_dealstate@OData.Community.Display.V1.FormattedValue"]));
        Assert.AreEqual("Liu Yang", (string?)row["_sg_owneruserid_value@OData.Community.Display.V1.FormattedValue"]);
        Assert.AreEqual(owner.ToString(), (string?)row["_sg_owneruserid_value"]);
        Assert.AreEqual("2026-03-02", (string?)row["sg_closedate"]);
        Assert.StartsWith("W/\"", (string?)row["@odata.etag"]);
    }

    [TestMethod]
    public async Task Metadata_Requested_CsdlWithEntitySetsAlternateKeysAndTheCustomApi()
    {
        await using var harness = await WebApiHarness.StartAsync();
        using var client = await harness.RawClientAsync();

        var csdl = await client.GetStringAsync("$metadata", Token);

        Assert.Contains("EntitySet Name=\"sg_externalactuals\" EntityType=\"Microsoft.Dynamics.CRM.sg_externalactual\"", csdl);
        Assert.Contains("AlternateKeys", csdl);
        Assert.Contains("ActionImport Name=\"sg_EvaluatePace\"", csdl);
        Assert.Contains("Action Name=\"UpsertMultiple\" IsBound=\"true\"", csdl);
    }

    [TestMethod]
    public async Task Patch_IfMatchStarOnAMissingRow_404NothingCreated()
    {
        await using var harness = await WebApiHarness.StartAsync();
        using var client = await harness.RawClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Patch, "sg_externalactuals(sg_sourcesystem=100000000,sg_externalid='NOPE')")
        {
            Content = new StringContent("{\"sg_amount\":5}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("If-Match", "*");

        using var response = await client.SendAsync(request, Token);

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.IsEmpty(await harness.Gateway.GetExternalActualsAsync(Token));
    }

    [TestMethod]
    public async Task Patch_IfNoneMatchStarOnAnExistingRow_412NotOverwritten()
    {
        await using var harness = await WebApiHarness.StartAsync();
        await harness.Gateway.UpsertExternalActualsAsync([Deals.Deal(2, harness.Cny)], Token);
        using var client = await harness.RawClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Patch, "sg_externalactuals(sg_sourcesystem=100000000,sg_externalid='D-00002')")
        {
            Content = new StringContent("{\"sg_amount\":5}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("If-None-Match", "*");

        using var response = await client.SendAsync(request, Token);

        Assert.AreEqual(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.AreEqual(1000m, (await harness.Gateway.GetExternalActualsAsync(Token))[0].Amount);
    }
}
