using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SalesGoals.Crm.Fenxiang.Emulator.Auth;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;

namespace SalesGoals.Crm.Fenxiang.Emulator.Hosting;

/// <summary>Accepts either generation: headers (authorization Bearer, x-fs-ea, x-fs-userid) or legacy body
/// fields (corpAccessToken, corpId, currentOpenUserId). Answers 20017 without credentials, 20016 for a
/// wrong or expired token, 20012 for an unknown acting user.</summary>
internal sealed class Authenticator
{
    private readonly FenxiangEmulatorOptions _options;
    private readonly TokenIssuer _tokens;
    private readonly TenantState _tenant;

    public Authenticator(FenxiangEmulatorOptions options, TokenIssuer tokens, TenantState tenant)
    {
        _options = options;
        _tokens = tokens;
        _tenant = tenant;
    }

    public RequestContext Authenticate(HttpRequest request, JsonObject body, string traceId)
    {
        var path = request.Path.Value ?? "";
        var needsUser = path.StartsWith("/cgi/crm/", StringComparison.Ordinal);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            var token = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : "";
            if (!_tokens.IsValid(token, legacy: false)
                || !string.Equals(request.Headers["x-fs-ea"].ToString(), _options.EnterpriseAccount, StringComparison.Ordinal))
            {
                throw Invalid();
            }

            var acting = ActingUser(request.Headers["x-fs-userid"].ToString(), needsUser);
            var convert = body["convertUserId"] is JsonValue v && v.GetValueKind() == JsonValueKind.True;
            return new RequestContext(path, body, acting, convert, traceId);
        }

        var corpToken = JsonValues.AsString(body["corpAccessToken"]);
        if (string.IsNullOrEmpty(corpToken))
        {
            throw new EmulatorException(EmulatorErrorCodes.CorpIdNotFound, "corpAccessToken为必填项，不能为空");
        }

        if (!_tokens.IsValid(corpToken, legacy: true)
            || !string.Equals(JsonValues.AsString(body["corpId"]), _options.CorpId, StringComparison.Ordinal))
        {
            throw Invalid();
        }

        return new RequestContext(path, body, ActingUser(JsonValues.AsString(body["currentOpenUserId"]) ?? "", needsUser), UsesOpenUserIds: true, traceId);
    }

    private string ActingUser(string id, bool required)
    {
        if (id.Length == 0 && !required)
        {
            return "";
        }

        return _tenant.Employee(id)?.EmployeeId
            ?? throw new EmulatorException(EmulatorErrorCodes.OpenUserIdNotFound, $"acting user {id} not found");
    }

    private static EmulatorException Invalid() =>
        new(EmulatorErrorCodes.TokenInvalid, "the cropId,cropAccessToken or authorization is error");
}
