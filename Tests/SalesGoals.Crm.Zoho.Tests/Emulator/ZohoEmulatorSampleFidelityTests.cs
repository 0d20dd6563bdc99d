using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Emulator;

/// <summary>The emulator's error bodies are the published samples, field for field.</summary>
[TestClass]
public sealed class ZohoEmulatorSampleFidelityTests
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

    private async Task<JsonNode> TokenAnswerAsync(string refreshToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = _emulator.Options.ClientId,
            ["client_secret"] = _emulator.Options.ClientSecret,
            ["refresh_token"] = refreshToken,
        });
        using var response = await _http.PostAsync(new Uri("/oauth/v2/token", UriKind.Relative), form);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [TestMethod]
    [DataRow("/crm/v8/Leads", "Zoho-oauthtoken", "error_required_param_missing_fields_400.json")]
    [DataRow("/crm/v8/Leads?fields=F1,F2,F3,F4,F5,F6,F7,F8,F9,F10,F11,F12,F13,F14,F15,F16,F17,F18,F19,F20,F21,F22,F23,F24,F25,F26,F27,F28,F29,F30,F31,F32,F33,F34,F35,F36,F37,F38,F39,F40,F41,F42,F43,F44,F45,F46,F47,F48,F49,F50,F51", "Zoho-oauthtoken", "error_limit_exceeded_fields_400.json")]
    [DataRow("/crm/v8/Leads?fields=Last_Name&page=3&per_page=1000", "Zoho-oauthtoken", null)]
    [DataRow("/crm/v8/Leads?fields=Last_Name&page=11&per_page=200", "Zoho-oauthtoken", "error_discrete_pagination_400.json")]
    [DataRow("/crm/v8/Leadz?fields=Last_Name", "Zoho-oauthtoken", "error_invalid_module_400.json")]
    [DataRow("/crm/v8/Leads?fields=Last_Name", "Bearer", "error_authentication_failure_401.json")]
    [DataRow("/crm/v8/Leads?fields=Last_Name", "Zoho-oauthtoken expired", "error_invalid_token_401.json")]
    public async Task ErrorBody_EqualsThePublishedSample(string path, string scheme, string? sample)
    {
        var token = (await TokenAnswerAsync(_emulator.Options.RefreshToken))["access_token"]!.GetValue<string>();
        if (scheme.EndsWith(" expired", StringComparison.Ordinal))
        {
            _emulator.Faults.ExpireTokensNow();
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme.Split(' ')[0], token);
        using var response = await _http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        if (sample is null)
        {
            Assert.AreEqual("LIMIT_EXCEEDED", body["code"]!.GetValue<string>());
            return;
        }

        var expected = JsonNode.Parse(SharedContracts.ZohoSample(sample))!;
        Assert.IsTrue(JsonNode.DeepEquals(expected, body), $"emulator: {body.ToJsonString()}{Environment.NewLine}sample:   {expected.ToJsonString()}");
    }

    [TestMethod]
    public async Task TokenError_EqualsThePublishedSample()
    {
        var answer = await TokenAnswerAsync("revoked-or-wrong");

        Assert.IsTrue(JsonNode.DeepEquals(JsonNode.Parse(SharedContracts.ZohoSample("token_error_response.json")), answer));
    }

    [TestMethod]
    public async Task TokenAnswer_HasTheSampleFields()
    {
        var answer = (JsonObject)await TokenAnswerAsync(_emulator.Options.RefreshToken);
        var sample = (JsonObject)JsonNode.Parse(SharedContracts.ZohoSample("token_refresh_response.json"))!;

        CollectionAssert.AreEquivalent(sample.Select(p => p.Key).ToList(), answer.Select(p => p.Key).ToList());
        Assert.AreEqual("Bearer", answer["token_type"]!.GetValue<string>());
    }
}
