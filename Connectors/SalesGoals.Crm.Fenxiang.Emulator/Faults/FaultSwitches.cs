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
    private readonly Lock gate = new();
    private readonly List<WriteFailure> writeFailures = [];
    private int throttleRemaining;
    private int throttleAnswered;
    private int gatewayRemaining;
    private HttpStatusCode gatewayStatus = HttpStatusCode.BadGateway;
    private int expireTokensAfter = -1;

    /// <summary>Added to every call before it is handled.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Runs after each API call is handled, before its answer is sent (tests use it to change data mid-run).</summary>
    public Action<string>? AfterEachCall { get; set; }

    /// <summary>Answers 30003 (no OpenAPI quota purchased) to every API call while true.</summary>
    public bool NoQuota { get; set; }

    /// <summary>The next <paramref name="calls"/> API calls are answered with 14001 and 30004 in turn (HTTP 200).</summary>
    public void ThrottleNextCalls(int calls)
    {
        lock (gate)
        {
            throttleRemaining = calls;
        }
    }

    /// <summary>The next <paramref name="calls"/> calls (token calls too) get an HTTP error page from the gateway.</summary>
    public void FailGatewayNextCalls(int calls, HttpStatusCode status = HttpStatusCode.BadGateway)
    {
        lock (gate)
        {
            gatewayRemaining = calls;
            gatewayStatus = status;
        }
    }

    /// <summary>After <paramref name="calls"/> more API calls every issued token expires (20016 from then on).</summary>
    public void ExpireTokensAfterCalls(int calls)
    {
        lock (gate)
        {
            expireTokensAfter = calls;
        }
    }

    /// <summary>Writes (create/update) whose field equals the value fail with the code, <c>Times</c> times.</summary>
    public void FailWrites(WriteFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (gate)
        {
            writeFailures.Add(failure);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            throttleRemaining = 0;
            gatewayRemaining = 0;
            expireTokensAfter = -1;
            writeFailures.Clear();
        }

        Latency = TimeSpan.Zero;
        NoQuota = false;
        AfterEachCall = null;
    }

    internal HttpStatusCode? TakeGatewayFailure()
    {
        lock (gate)
        {
            if (gatewayRemaining <= 0)
            {
                return null;
            }

            gatewayRemaining--;
            return gatewayStatus;
        }
    }

    internal long? TakeThrottle()
    {
        lock (gate)
        {
            if (throttleRemaining <= 0)
            {
                return null;
            }

            throttleRemaining--;
            return throttleAnswered++ % 2 == 0 ? EmulatorErrorCodes.CallLimitExceeded : EmulatorErrorCodes.PerSecondLimitExceeded;
        }
    }

    /// <summary>True when this call is the one after which tokens expire.</summary>
    internal bool TakeTokenExpiry()
    {
        lock (gate)
        {
            if (expireTokensAfter < 0)
            {
                return false;
            }

            if (expireTokensAfter == 0)
            {
                expireTokensAfter = -1;
                return true;
            }

            expireTokensAfter--;
            return false;
        }
    }

    internal WriteFailure? TakeWriteFailure(JsonObject record)
    {
        lock (gate)
        {
            var index = writeFailures.FindIndex(f => string.Equals(JsonValues.AsString(record[f.FieldApiName]), f.Value, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var failure = writeFailures[index];
            writeFailures[index] = failure with { Times = failure.Times - 1 };
            if (failure.Times <= 1)
            {
                writeFailures.RemoveAt(index);
            }

            return failure;
        }
    }

    internal IReadOnlyList<WriteFailure> PendingWriteFailures()
    {
        lock (gate)
        {
            return writeFailures.ToList();
        }
    }
}
