using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SalesGoals.Crm.Zoho.Emulator.Auth;
using SalesGoals.Crm.Zoho.Emulator.Diagnostics;
using SalesGoals.Crm.Zoho.Emulator.Faults;

namespace SalesGoals.Crm.Zoho.Emulator.Http;

/// <summary>In front of every CRM API call: counts it, tracks concurrency, enforces the org's
/// concurrency limit (429), checks the <c>Zoho-oauthtoken</c>, and plays switched-on faults.</summary>
public sealed class ZohoRequestGate
{
    private readonly ZohoEmulatorOptions _options;
    private readonly ZohoTokenIssuer _tokens;
    private readonly ZohoFaults _faults;
    private readonly ZohoEmulatorStats _stats;

    public ZohoRequestGate(ZohoEmulatorOptions options, ZohoTokenIssuer tokens, ZohoFaults faults, ZohoEmulatorStats stats)
    {
        _options = options;
        _tokens = tokens;
        _faults = faults;
        _stats = stats;
    }

    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        _stats.Count(ZohoRoutes.Of(context.Request));
        if (!context.Request.Path.StartsWithSegments("/crm", StringComparison.Ordinal))
        {
            await next();
            return;
        }

        // The request stops counting as in flight when its answer starts: the client cannot see
        // the answer (and send its next call) before that.
        var inFlight = _stats.Enter();
        var left = 0;
        void LeaveOnce()
        {
            if (Interlocked.Exchange(ref left, 1) == 0)
            {
                _stats.Leave();
            }
        }

        context.Response.OnStarting(() =>
        {
            LeaveOnce();
            return Task.CompletedTask;
        });
        try
        {
            if (_faults.Latency > TimeSpan.Zero)
            {
                // Real time on purpose: injected latency is what the client waits, whatever the emulator's clock says.
                await Task.Delay(_faults.Latency, TimeProvider.System, context.RequestAborted);
            }

            if (_options.ConcurrencyLimit is { } limit && inFlight > limit)
            {
                _stats.Throttled();
                await WriteAsync(context, StatusCodes.Status429TooManyRequests, "TOO_MANY_REQUESTS", "concurrency limit exceeded");
                return;
            }

            _faults.CountCallForTokenExpiry();
            if (!IsAuthorized(context.Request, out var code))
            {
                _stats.Unauthorized();
                await WriteAsync(context, StatusCodes.Status401Unauthorized, code, code is "AUTHENTICATION_FAILURE" ? "Authentication failed" : "invalid oauth token");
                return;
            }

            switch (_faults.TakeCallFault())
            {
                case 429:
                    _stats.Throttled();
                    await WriteAsync(context, StatusCodes.Status429TooManyRequests, "TOO_MANY_REQUESTS", "too many requests continuously");
                    return;
                case { } status:
                    _stats.ServerError();
                    await WriteAsync(context, status, "INTERNAL_ERROR", "Internal Server Error");
                    return;
            }

            await next();
        }
        finally
        {
            LeaveOnce();
        }
    }

    private bool IsAuthorized(HttpRequest request, out string code)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Zoho-oauthtoken ";
        if (!header.StartsWith(scheme, StringComparison.Ordinal))
        {
            code = "AUTHENTICATION_FAILURE";
            return false;
        }

        code = _faults.ExpiredTokenCode;
        return _tokens.IsValid(header[scheme.Length..].Trim());
    }

    private static Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(ZohoReply.ErrorBody(code, message));
    }
}
