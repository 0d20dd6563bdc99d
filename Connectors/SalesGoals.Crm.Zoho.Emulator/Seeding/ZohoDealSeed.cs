using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Zoho.Emulator.Seeding;

/// <summary>A deal to put into the emulated org directly (no API call, no call counted).</summary>
/// <param name="Amount">Null seeds <c>"Amount": null</c>, as Zoho sends for a deal whose amount was never filled in.</param>
public sealed record ZohoDealSeed(string Name, string Stage, decimal? Amount, DateOnly ClosingDate, string OwnerId)
{
    /// <summary>Null leaves the deal without a Currency value (then it is in the org's home currency).</summary>
    public string? Currency { get; init; } = "USD";

    public decimal? ExchangeRate { get; init; }

    public string? AccountId { get; init; }

    public int? Probability { get; init; }

    /// <summary>Created and modified time; the emulator clock's now when null.</summary>
    public DateTimeOffset? ModifiedTime { get; init; }

    /// <summary>Other field values (e.g. the custom Region and Segment pick lists).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
