using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;

namespace SalesGoals.Crm.Fenxiang.Emulator.Faults;

/// <summary>Switchable faults. Counts are consumed by API calls (token calls excluded unless stated).</summary>
public sealed class FaultSwitches
{
    private readonly Lock _gate = new();
    private readonly List<WriteFailure> _writeFailures = [];
    private int _throttleRemaining;
    private int _throttleAnswered;
    private int _gatewayRemaining;
    private HttpStatusCode _gatewayStatus = HttpStatusCode.BadGateway;
    private int _expireTokensAfter = -1;

    /// <summary>Added to every call before it is handled.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Runs after each API call is handled, before its answer is sent (tests use it to change data mid-run).</summary>
    public Action<string>? AfterEachCall { get; set; }

    /// <summary>Answers 30003 (no OpenAPI quota purchased) to every API call while true.</summary>
    public bool NoQuota { get; set; }

    /// <summary>The next <paramref name="calls"/> API calls are answered with 14001 and 30004 in turn (HTTP 200).</summary>
    public void ThrottleNextCalls(int calls)
    {
        lock (_gate)
        {
            _throttleRemaining = calls;
        }
    }

    /// <summary>The next <paramref name="calls"/> calls (token calls too) get an HTTP error page from the gateway.</summary>
    public void FailGatewayNextCalls(int calls, HttpStatusCode status = HttpStatusCode.BadGateway)
    {
        lock (_gate)
        {
            _gatewayRemaining = calls;
            _gatewayStatus = status;
        }
    }

    /// <summary>After <paramref name="calls"/> more API calls every issued token expires (20016 from then on).</summary>
    public void ExpireTokensAfterCalls(int calls)
    {
        lock (_gate)
        {
            _expireTokensAfter = calls;
        }
    }

    /// <summary>Writes (create/update) whose field equals the value fail with the code, <c>Times</c> times.</summary>
    public void FailWrites(WriteFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (_gate)
        {
            _writeFailures.Add(failure);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _throttleRemaining = 0;
            _gatewayRemaining = 0;
            _expireTokensAfter = -1;
            _writeFailures.Clear();
        }

        Latency = TimeSpan.Zero;
        NoQuota = false;
        AfterEachCall = null;
    }

    internal HttpStatusCode? TakeGatewayFailure()
    {
        lock (_gate)
        {
            if (_gatewayRemaining <= 0)
            {
                return null;
            }

            _gatewayRemaining--;
            return _gatewayStatus;
        }
    }

    internal long? TakeThrottle()
    {
        lock (_gate)
        {
            if (_throttleRemaining <= 0)
            {
                return null;
            }

            _throttleRemaining--;
            return _throttleAnswered++ % 2 == 0 ? EmulatorErrorCodes.CallLimitExceeded : EmulatorErrorCodes.PerSecondLimitExceeded;
        }
    }

    /// <summary>True when this call is the one after which tokens expire.</summary>
    internal bool TakeTokenExpiry()
    {
        lock (_gate)
        {
            if (_expireTokensAfter < 0)
            {
                return false;
            }

            if (_expireTokensAfter == 0)
            {
                _expireTokensAfter = -1;
                return true;
            }

            _expireTokensAfter--;
            return false;
        }
    }

    internal WriteFailure? TakeWriteFailure(JsonObject record)
    {
        lock (_gate)
        {
            var index = _writeFailures.FindIndex(f => string.Equals(JsonValues.AsString(record[f.FieldApiName]), f.Value, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var failure = _writeFailures[index];
            _writeFailures[index] = failure with { Times = failure.Times - 1 };
            if (failure.Times <= 1)
            {
                _writeFailures.RemoveAt(index);
            }

            return failure;
        }
    }

    internal IReadOnlyList<WriteFailure> PendingWriteFailures()
    {
        lock (_gate)
        {
            return _writeFailures.ToList();
        }
    }
}
