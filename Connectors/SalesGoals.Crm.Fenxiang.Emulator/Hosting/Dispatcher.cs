using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SalesGoals.Crm.Fenxiang.Emulator.Auth;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Fenxiang.Emulator.Diagnostics;
using SalesGoals.Crm.Fenxiang.Emulator.Faults;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;

namespace SalesGoals.Crm.Fenxiang.Emulator.Hosting;

/// <summary>
/// One entry for every POST: counts it, applies latency and gateway faults, requires thirdTraceId, then
/// tokens, or throttling/quota/rate limits, authentication and the operation. Errors are HTTP 200 with an
/// errorCode; only gateway faults and unknown paths use HTTP status codes.
/// </summary>
internal sealed class Dispatcher
{
    private readonly FenxiangEmulatorOptions _options;
    private readonly TenantState _tenant;
    private readonly TokenIssuer _tokens;
    private readonly FaultSwitches _faults;
    private readonly CallLimits _limits;
    private readonly EmulatorStats _stats;
    private readonly Authenticator _authenticator;
    private readonly DataOperations _data;
    private long _traceCounter;

    public Dispatcher(FenxiangEmulatorOptions options, TenantState tenant, TokenIssuer tokens, FaultSwitches faults, CallLimits limits, EmulatorStats stats)
    {
        _options = options;
        _tenant = tenant;
        _tokens = tokens;
        _faults = faults;
        _limits = limits;
        _stats = stats;
        _authenticator = new Authenticator(options, tokens, tenant);
        _data = new DataOperations(tenant, faults);
    }

    public async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        _stats.Count(path);
        var isToken = EmulatorStats.IsTokenPath(path);
        if (!isToken)
        {
            _stats.EnterApiCall();
        }

        try
        {
            if (_faults.Latency > TimeSpan.Zero)
            {
                // Real time on purpose: injected latency is what the client waits, whatever the emulator's clock says.
                await Task.Delay(_faults.Latency, TimeProvider.System, http.RequestAborted).ConfigureAwait(false);
            }

            if (_faults.TakeGatewayFailure() is { } status)
            {
                http.Response.StatusCode = (int)status;
                http.Response.ContentType = "text/html";
                await http.Response.WriteAsync($"<html><body><h1>{(int)status} gateway error</h1></body></html>", http.RequestAborted).ConfigureAwait(false);
                return;
            }

            var traceId = $"E-O.{_options.EnterpriseAccount}.{System.Threading.Interlocked.Increment(ref _traceCounter)}-{Guid.NewGuid():N}";
            var answer = await AnswerAsync(http, path, isToken, traceId).ConfigureAwait(false);
            if (answer is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(answer.ToJsonString(), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            if (!isToken)
            {
                _stats.ExitApiCall();
            }
        }
    }

    private async Task<JsonObject?> AnswerAsync(HttpContext http, string path, bool isToken, string traceId)
    {
        JsonObject body;
        try
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            body = JsonNode.Parse(text.Length == 0 ? "{}" : text) as JsonObject
                ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "the body must be a JSON object");
            if (string.IsNullOrEmpty(http.Request.Query["thirdTraceId"].ToString()))
            {
                throw new EmulatorException(EmulatorErrorCodes.ParameterError, "thirdTraceId is required", "缺少参数 thirdTraceId");
            }

            if (isToken)
            {
                return await _tokens.IssueAsync(body, legacy: path.Contains("corpAccessToken", StringComparison.OrdinalIgnoreCase), traceId).ConfigureAwait(false);
            }

            if (!IsKnownPath(path))
            {
                return null;
            }

            var success = Reply.Success(traceId, Handle(http, path, body, traceId));
            _faults.AfterEachCall?.Invoke(path);
            return success;
        }
        catch (JsonException)
        {
            return Reply.Error(traceId, EmulatorErrorCodes.ParameterError, "the body is not valid JSON");
        }
        catch (EmulatorException ex)
        {
            if (!isToken)
            {
                _stats.Refused(ex.ErrorCode);
            }

            return Reply.Error(traceId, ex.ErrorCode, ex.Message, ex.Description);
        }
    }

    private JsonObject Handle(HttpContext http, string path, JsonObject body, string traceId)
    {
        if (_faults.TakeThrottle() is { } throttled)
        {
            throw new EmulatorException(throttled, throttled == EmulatorErrorCodes.CallLimitExceeded ? "call limit exceeded" : "qps limit exceeded");
        }

        if (_faults.NoQuota)
        {
            throw new EmulatorException(EmulatorErrorCodes.NoQuota, "no OpenAPI quota purchased");
        }

        if (_limits.Admit(path) is { } refused)
        {
            throw new EmulatorException(refused, refused == EmulatorErrorCodes.DailyQuotaExhausted ? "daily quota exhausted" : "call limit exceeded");
        }

        if (_faults.TakeTokenExpiry())
        {
            _tokens.ExpireAll();
        }

        var context = _authenticator.Authenticate(http.Request, body, traceId);
        const string preset = "/cgi/crm/v2/data/";
        const string custom = "/cgi/crm/custom/v2/data/";
        if (path.StartsWith(preset, StringComparison.Ordinal))
        {
            return _data.Handle(context, customFamily: false, path[preset.Length..]);
        }

        if (path.StartsWith(custom, StringComparison.Ordinal))
        {
            return _data.Handle(context, customFamily: true, path[custom.Length..]);
        }

        lock (_tenant.Gate)
        {
            return path switch
            {
                "/cgi/crm/v2/object/list" => MetadataOperations.List(_tenant),
                "/cgi/crm/v2/object/describe" => MetadataOperations.Describe(_tenant, context),
                "/cgi/user/getByMobile" => UserOperations.GetByMobile(_tenant, context),
                "/cgi/user/get" => UserOperations.Get(_tenant, context),
                "/cgi/user/list" => UserOperations.List(_tenant, context),
                _ => throw new EmulatorException(EmulatorErrorCodes.ParameterError, $"unknown path {path}"),
            };
        }
    }

    private static bool IsKnownPath(string path) =>
        path.StartsWith("/cgi/crm/v2/data/", StringComparison.Ordinal)
        || path.StartsWith("/cgi/crm/custom/v2/data/", StringComparison.Ordinal)
        || path is "/cgi/crm/v2/object/list" or "/cgi/crm/v2/object/describe" or "/cgi/user/getByMobile" or "/cgi/user/get" or "/cgi/user/list";
}
