using System;

namespace SalesGoals.Crm.Reporting.Tests.Support;

/// <summary>The plug-ins' clock: fixed, moved only by the test.</summary>
internal sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
