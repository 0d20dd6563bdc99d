using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Emulator;

/// <summary>The emulator answers like Zoho, including the odd corners (raw HTTP, no client code).</summary>
[TestClass]
public sealed class ZohoEmulatorContractTests
{
    private ZohoEmulator _emulator = null!;
    private HttpClient _http = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _emulator = await ZohoEmulator.StartAsync();
        _http = new HttpClient { BaseAddress = _emulator.BaseUrl };
    }

    [TestCleanup]
    public async Task StopAsync()
    {
        _http.Dispose();
        await _emulator.DisposeAsync();
    }

    private async Task<string> TokenAsync()
    {
        using var response = await _http.PostAsync(new Uri("/oauth/v2/token", UriKind.Relative), Form(_emulator.Options.RefreshToken));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["access_token"]!.GetValue<string>();
    }

    private FormUrlEncodedContent Form(string refreshToken, string? secret = null) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = _emulator.Options.ClientId,
        ["client_secret"] = secret ?? _emulator.Options.ClientSecret,
        ["refresh_token"] = refreshToken,
    });

    private async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", await TokenAsync());
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [TestMethod]
    public async Task Token_ValidRefresh_PointsApiDomainAtTheEmulator()
    {
        using var response = await _http.PostAsync(new Uri("/oauth/v2/token", UriKind.Relative), Form(_emulator.Options.RefreshToken));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(_emulator.BaseUrl.GetLeftPart(UriPartial.Authority), body["api_domain"]!.GetValue<string>());
        Assert.AreEqual(3600, body["expires_in"]!.GetValue<int>());
    }

    [TestMethod]
    [DataRow("wrong-refresh", null, "invalid_code")]
    [DataRow(null, "wrong-secret", "invalid_client")]
    public async Task Token_BadCredentials_AnswersHttp200WithError(string? refreshToken, string? secret, string expected)
    {
        using var response = await _http.PostAsync(new Uri("/oauth/v2/token", UriKind.Relative), Form(refreshToken ?? _emulator.Options.RefreshToken, secret));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(expected, body["error"]!.GetValue<string>());
        Assert.IsNull(body["access_token"]);
    }

    [TestMethod]
    public async Task Token_EleventhMintWithinTenMinutes_IsRefused()
    {
        for (var i = 0; i < 10; i++)
        {
            await TokenAsync();
        }

        using var response = await _http.PostAsync(new Uri("/oauth/v2/token", UriKind.Relative), Form(_emulator.Options.RefreshToken));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.IsNull(body["access_token"]);
        Assert.AreEqual("Access Denied", body["error"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task GetRecords_WithoutFields_IsRequiredParamMissing()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/crm/v8/Deals");

        Assert.AreEqual(HttpStatusCode.BadRequest, status);
        Assert.AreEqual("REQUIRED_PARAM_MISSING", body!["code"]!.GetValue<string>());
        Assert.AreEqual("fields", body["details"]!["param_name"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task GetRecords_FiftyOneFields_IsLimitExceeded()
    {
        var fields = string.Join(',', Enumerable.Range(1, 51).Select(i => $"F{i}"));

        var (status, body) = await SendAsync(HttpMethod.Get, $"/crm/v8/Deals?fields={fields}");

        Assert.AreEqual(HttpStatusCode.BadRequest, status);
        Assert.AreEqual("LIMIT_EXCEEDED", body!["code"]!.GetValue<string>());
        Assert.AreEqual(50, body["details"]!["limit"]!.GetValue<int>());
    }

    [TestMethod]
    public async Task GetRecords_PagePast2000_IsDiscretePaginationLimitExceeded()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/crm/v8/Deals?fields=Deal_Name&per_page=200&page=11");

        Assert.AreEqual(HttpStatusCode.BadRequest, status);
        Assert.AreEqual("DISCRETE_PAGINATION_LIMIT_EXCEEDED", body!["code"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task GetRecords_EmptyModule_Is204WithoutBody()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/crm/v8/Deals?fields=Deal_Name");

        Assert.AreEqual(HttpStatusCode.NoContent, status);
        Assert.IsNull(body);
    }

    [TestMethod]
    public async Task GetRecords_UnknownModule_IsInvalidModule()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/crm/v8/Dealz?fields=Deal_Name");

        Assert.AreEqual(HttpStatusCode.BadRequest, status);
        Assert.AreEqual("INVALID_MODULE", body!["code"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Call_WithBearerScheme_IsAuthenticationFailure()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/crm/v8/users", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());

        using var response = await _http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.AreEqual("AUTHENTICATION_FAILURE", body["code"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Call_AfterTokensExpire_IsInvalidToken()
    {
        var token = await TokenAsync();
        _emulator.Faults.ExpireTokensNow();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/crm/v8/users", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Zoho-oauthtoken", token);

        using var response = await _http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.AreEqual("INVALID_TOKEN", body["code"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task Insert_101Records_IsLimitExceeded()
    {
        var data = new JsonArray(Enumerable.Range(0, 101).Select(i => (JsonNode)new JsonObject { ["Name"] = $"T{i}", ["Goal_Id"] = $"g{i}" }).ToArray());

        var (status, body) = await SendAsync(HttpMethod.Post, "/crm/v8/Sales_Targets", new JsonObject { ["data"] = data }.ToJsonString());

        Assert.AreEqual(HttpStatusCode.BadRequest, status);
        Assert.AreEqual("LIMIT_EXCEEDED", body!["code"]!.GetValue<string>());
        Assert.IsEmpty(_emulator.Seed.Records("Sales_Targets"));
    }

    [TestMethod]
    public async Task Insert_MixedValidity_Is207WithJsonPathPerRecord()
    {
        var json = """{"data":[{"Name":"ok","Goal_Id":"g1"},{"Name":"bad","Goal_Id":"g2","Target_Value":"lots"},{"Goal_Id":"g3"}]}""";

        var (status, body) = await SendAsync(HttpMethod.Post, "/crm/v8/Sales_Targets", json);

        Assert.AreEqual(HttpStatusCode.MultiStatus, status);
        var results = body!["data"]!.AsArray();
        Assert.AreEqual("SUCCESS", results[0]!["code"]!.GetValue<string>());
        Assert.AreEqual("INVALID_DATA", results[1]!["code"]!.GetValue<string>());
        Assert.AreEqual("$.data[1].Target_Value", results[1]!["details"]!["json_path"]!.GetValue<string>());
        Assert.AreEqual("MANDATORY_NOT_FOUND", results[2]!["code"]!.GetValue<string>());
        Assert.AreEqual("Name", results[2]!["details"]!["api_name"]!.GetValue<string>());
        Assert.HasCount(1, _emulator.Seed.Records("Sales_Targets"));
    }

    [TestMethod]
    public async Task Insert_DuplicateUniqueValue_IsDuplicateData()
    {
        await SendAsync(HttpMethod.Post, "/crm/v8/Sales_Targets", """{"data":[{"Name":"a","Goal_Id":"same"}]}""");

        var (status, body) = await SendAsync(HttpMethod.Post, "/crm/v8/Sales_Targets", """{"data":[{"Name":"b","Goal_Id":"same"}]}""");

        Assert.AreEqual(HttpStatusCode.BadRequest, status);
        Assert.AreEqual("DUPLICATE_DATA", body!["data"]![0]!["code"]!.GetValue<string>());
        Assert.IsNotNull(body["data"]![0]!["details"]!["duplicate_record"]!["id"]);
    }

    [TestMethod]
    public async Task Upsert_ByDuplicateCheckField_UpdatesTheExistingRecord()
    {
        await SendAsync(HttpMethod.Post, "/crm/v8/Sales_Targets/upsert", """{"data":[{"Name":"a","Goal_Id":"k1","Actual_Value":1}],"duplicate_check_fields":["Goal_Id"]}""");

        var (status, body) = await SendAsync(HttpMethod.Post, "/crm/v8/Sales_Targets/upsert", """{"data":[{"Name":"a","Goal_Id":"k1","Actual_Value":2}],"duplicate_check_fields":["Goal_Id"]}""");

        Assert.AreEqual(HttpStatusCode.OK, status);
        Assert.AreEqual("update", body!["data"]![0]!["action"]!.GetValue<string>());
        Assert.AreEqual("Goal_Id", body["data"]![0]!["duplicate_field"]!.GetValue<string>());
        var stored = _emulator.Seed.Records("Sales_Targets");
        Assert.HasCount(1, stored);
        Assert.AreEqual(2m, stored[0]["Actual_Value"]!.GetValue<decimal>());
    }

    [TestMethod]
    public async Task PipelineSettings_WithoutLayoutId_IsRequiredParamMissing()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "/crm/v8/settings/pipeline");

        Assert.AreEqual(HttpStatusCode.BadRequest, status);
        Assert.AreEqual("layout_id", body!["details"]!["param_name"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task PipelineSettings_ListsStagesWithForecastTypes()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, $"/crm/v8/settings/pipeline?layout_id={_emulator.DealsLayoutId}");

        Assert.AreEqual(HttpStatusCode.OK, status);
        var maps = body!["pipeline"]![0]!["maps"]!.AsArray();
        Assert.AreEqual(2, maps.Count(m => m!["forecast_type"]!.GetValue<string>() == "Closed Lost"));
        Assert.AreEqual("Closed", maps.Single(m => m!["forecast_type"]!.GetValue<string>() == "Closed Won")!["forecast_category"]!["name"]!.GetValue<string>());
    }
}
