using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Data;

namespace SalesGoals.Crm.Fenxiang.Tests.Support;

/// <summary>Posts hand-written payloads to the emulator, as the vendor's docs show them, bypassing the client.</summary>
public sealed class RawGateway : IDisposable
{
    private readonly HttpClient _http;
    private readonly FenxiangEmulator _emulator;

    public RawGateway(FenxiangEmulator emulator)
    {
        _emulator = emulator;
        _http = new HttpClient { BaseAddress = emulator.BaseUrl };
    }

    public async Task<(string Token, string CorpId)> LegacyTokenAsync(CancellationToken cancellationToken)
    {
        var answer = await PostAsync("/cgi/corpAccessToken/get/V2", new JsonObject
        {
            ["appId"] = _emulator.Options.AppId, ["appSecret"] = _emulator.Options.AppSecret, ["permanentCode"] = _emulator.Options.PermanentCode,
        }, cancellationToken).ConfigureAwait(false);
        return (answer["corpAccessToken"]!.GetValue<string>(), answer["corpId"]!.GetValue<string>());
    }

    /// <summary>Replaces the sample's placeholder credentials with live legacy ones.</summary>
    public async Task<JsonObject> WithLegacyAuthAsync(JsonObject body, string actingEmployeeId, CancellationToken cancellationToken)
    {
        var (token, corpId) = await LegacyTokenAsync(cancellationToken).ConfigureAwait(false);
        body["corpAccessToken"] = token;
        body["corpId"] = corpId;
        body["currentOpenUserId"] = EmulatedEmployee.OpenUserIdFor(actingEmployeeId);
        return body;
    }

    public async Task<JsonObject> PostAsync(string path, JsonObject body, CancellationToken cancellationToken, bool withTraceId = true, HttpRequestMessage? template = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, withTraceId ? $"{path}?thirdTraceId={Guid.NewGuid():D}" : path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (template is not null)
        {
            foreach (var header in template.Headers)
            {
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode} from {path}");
        }

        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false))!.AsObject();
    }

    public void Dispose() => _http.Dispose();
}
