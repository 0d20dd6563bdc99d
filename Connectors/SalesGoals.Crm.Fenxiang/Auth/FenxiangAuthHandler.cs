using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang.Configuration;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Fenxiang.Http;

namespace SalesGoals.Crm.Fenxiang.Auth;

/// <summary>
/// Adds credentials in the configured style — headers (Bearer, x-fs-ea, x-fs-userid) or legacy body
/// fields (corpAccessToken, corpId, currentOpenUserId beside <c>data</c>) — and, when the server answers
/// 20016/20005, refreshes the token once and resends.
/// </summary>
public sealed class FenxiangAuthHandler : DelegatingHandler
{
    private readonly IFenxiangTokenProvider _tokens;
    private readonly IOptions<FenxiangOptions> _options;

    public FenxiangAuthHandler(IFenxiangTokenProvider tokens, IOptions<FenxiangOptions> options)
    {
        _tokens = tokens;
        _options = options;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var originalBody = request.Content is null
            ? null
            : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var token = await _tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        Apply(request, token, originalBody);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (ResponseInspectionHandler.ErrorCodeOf(response) is not { } code
            || FenxiangErrorClassifier.Classify(code) != FenxiangOutcome.Reauthenticate)
        {
            return response;
        }

        response.Dispose();
        token = await _tokens.RefreshAsync(token, cancellationToken).ConfigureAwait(false);
        Apply(request, token, originalBody);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void Apply(HttpRequestMessage request, FenxiangAccessToken token, string? originalBody)
    {
        var settings = _options.Value;
        if (settings.AuthStyle == FenxiangAuthStyle.Header)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            request.Headers.Remove(FenxiangHttpHeaders.Enterprise);
            request.Headers.Remove(FenxiangHttpHeaders.UserId);
            request.Headers.TryAddWithoutValidation(FenxiangHttpHeaders.Enterprise, token.Enterprise);
            request.Headers.TryAddWithoutValidation(FenxiangHttpHeaders.UserId, settings.ActingUserId);
            if (originalBody is not null)
            {
                request.Content = new StringContent(originalBody, Encoding.UTF8, "application/json");
            }

            return;
        }

        var body = (string.IsNullOrWhiteSpace(originalBody) ? null : JsonNode.Parse(originalBody) as JsonObject) ?? [];
        body["corpAccessToken"] = token.Value;
        body["corpId"] = token.Enterprise;
        body["currentOpenUserId"] = settings.ActingUserId;
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
    }
}
