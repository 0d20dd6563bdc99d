using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Tests.Support;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Dataverse.WebApi.Tests.Contract;

/// <summary>Each request shape the gateway sends, compared with the documented Dataverse Web API format
/// (learn.microsoft.com/power-apps/developer/data-platform/webapi/…): URL, headers and body as received over HTTP.</summary>
[TestClass]
public sealed class RequestShapeTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task UpsertMultiple_AsDocumented_TypeIdAlternateKeyBindsAndDateFormats()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var owner = harness.Environment.Seed.User("Chen Jie");
        var deal = Deals.Deal(1, harness.Cny) with { OwnerUserId = owner, CreatedOn = new DateTimeOffset(2026, 2, 1, 23, 30, 0, TimeSpan.FromHours(-2)) };
        harness.Api.ClearRequests();

        await harness.Gateway.UpsertExternalActualsAsync([deal], Token);

        var request = harness.Api.Requests.Single();
        Assert.AreEqual("POST", request.Method);
        Assert.AreEqual("/api/data/v9.2/sg_externalactuals/Microsoft.Dynamics.CRM.UpsertMultiple", request.PathAndQuery);
        AssertODataHeaders(request);
        var target = JsonNode.Parse(request.Body)!["Targets"]!.AsArray().Single()!.AsObject();
        Assert.AreEqual("Microsoft.Dynamics.CRM.sg_externalactual", (string?)target["@odata.type"]);
        Assert.AreEqual("sg_externalactuals(sg_sourcesystem=100000000,sg_externalid='D-00001')", (string?)target["@odata.id"]);
        Assert.AreEqual($"/systemusers({owner:D})", (string?)target["sg_OwnerUserId@odata.bind"]);
        Assert.AreEqual($"/transactioncurrencies({harness.Cny:D})", (string?)target["transactioncurrencyid@odata.bind"]);
        Assert.AreEqual("2026-03-02", (string?)target["sg_closedate"], "Edm.Date: yyyy-MM-dd");
        Assert.AreEqual("2026-02-02", (string?)target["sg_createddate"], "a date-only column takes the UTC day");
        Assert.AreEqual(1000m, target["sg_amount"]!.GetValue<decimal>(), "Edm.Decimal as a JSON number");
        Assert.AreEqual(SchemaValues.DealStateValue(Integration.Deals.DealState.Won), target["sg_dealstate"]!.GetValue<int>());
    }

    [TestMethod]
    public async Task Query_AsDocumented_SelectFilterAndMaxPageSize()
    {
        await using var harness = await WebApiHarness.StartAsync();
        harness.Api.ClearRequests();

        await harness.Gateway.GetGoalsAsync(Token);

        var goals = harness.Api.Requests.Single(r => r.PathAndQuery.StartsWith("/api/data/v9.2/sg_goals?", StringComparison.Ordinal));
        Assert.AreEqual("GET", goals.Method);
        var query = Uri.UnescapeDataString(goals.PathAndQuery);
        Assert.Contains("$select=sg_goalid,sg_name,_sg_assigneeuserid_value,", query);
        Assert.Contains("$filter=statecode eq 0", query);
        Assert.AreEqual("odata.maxpagesize=5000", goals.Headers["Prefer"]);
        AssertODataHeaders(goals);
    }

    [TestMethod]
    public async Task UpsertByAlternateKey_AsDocumented_PatchKeySegmentReturnRepresentation()
    {
        await using var harness = await WebApiHarness.StartAsync();
        harness.Api.ClearRequests();

        await harness.Gateway.SaveSyncStateAsync(new SyncStateRecord { System = ExternalSystem.Fenxiang, ObjectName = "OpportunityObj", Watermark = "w" }, Token);

        var request = harness.Api.Requests.Single();
        Assert.AreEqual("PATCH", request.Method);
        Assert.AreEqual("/api/data/v9.2/sg_syncstates(sg_system=100000001,sg_object='OpportunityObj')?$select=sg_syncstateid", Uri.UnescapeDataString(request.PathAndQuery));
        Assert.AreEqual("return=representation", request.Headers["Prefer"]);
        Assert.IsFalse(request.Headers.ContainsKey("If-Match"), "an upsert sends neither If-Match nor If-None-Match");
        Assert.AreEqual(201, request.Status, "created: 201 with the representation");
    }

    [TestMethod]
    public async Task DeleteByAlternateKey_AsDocumented_DeleteKeySegment()
    {
        await using var harness = await WebApiHarness.StartAsync();
        await harness.Gateway.UpsertExternalActualsAsync([Deals.Deal(9, harness.Cny)], Token);
        harness.Api.ClearRequests();

        await harness.Gateway.DeleteExternalActualAsync(ExternalSystem.Zoho, "D-00009", Token);

        var request = harness.Api.Requests.Single();
        Assert.AreEqual("DELETE", request.Method);
        Assert.AreEqual("/api/data/v9.2/sg_externalactuals(sg_sourcesystem=100000000,sg_externalid='D-00009')", Uri.UnescapeDataString(request.PathAndQuery));
        Assert.AreEqual(204, request.Status);
    }

    [TestMethod]
    public async Task CustomApi_AsDocumented_UnboundActionWithParametersAndResponseProperties()
    {
        await using var harness = await WebApiHarness.StartAsync();
        harness.Api.ClearRequests();

        var page = await harness.Gateway.EvaluatePaceAsync(new DateTimeOffset(2026, 6, 30, 0, 0, 0, TimeSpan.Zero), null, 200, Token);

        var request = harness.Api.Requests.Single();
        Assert.AreEqual("POST", request.Method);
        Assert.AreEqual("/api/data/v9.2/sg_EvaluatePace", request.PathAndQuery);
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.AreEqual("2026-06-30T00:00:00Z", (string?)body["AsOf"]);
        Assert.AreEqual(200, body["PageSize"]!.GetValue<int>());
        Assert.AreEqual(0, page.Evaluated);
        Assert.AreEqual(Guid.Empty, page.NextGoalId);
    }

    [TestMethod]
    public async Task Batch_AsDocumented_MultipartMixedApplicationHttpParts()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var deals = Deals.Many(3, harness.Cny);
        deals[1] = deals[1] with { ProductLine = 7 };
        harness.Api.ClearRequests();

        await harness.Gateway.UpsertExternalActualsAsync(deals, Token);

        var batch = harness.Api.Requests[1];
        Assert.AreEqual("/api/data/v9.2/$batch", batch.PathAndQuery);
        Assert.StartsWith("multipart/mixed; boundary=", batch.Headers["Content-Type"].Replace("\"", string.Empty, StringComparison.Ordinal));
        Assert.AreEqual("odata.continue-on-error", batch.Headers["Prefer"]);
        Assert.Contains("Content-Type: application/http", batch.Body);
        Assert.Contains("Content-Transfer-Encoding: binary", batch.Body);
        Assert.Contains($"PATCH {harness.Api.Url}api/data/v9.2/sg_externalactuals(sg_sourcesystem=100000000,sg_externalid='D-00000')?$select=sg_externalactualid HTTP/1.1", batch.Body);
        Assert.AreEqual(3, batch.BatchOperations);
    }

    private static void AssertODataHeaders(Crm.LocalDataverse.WebApi.Hosting.RequestRecord request)
    {
        Assert.AreEqual("4.0", request.Headers["OData-MaxVersion"]);
        Assert.AreEqual("4.0", request.Headers["OData-Version"]);
        Assert.AreEqual("application/json", request.Headers["Accept"]);
        Assert.StartsWith("Bearer ", request.Headers["Authorization"]);
    }
}
