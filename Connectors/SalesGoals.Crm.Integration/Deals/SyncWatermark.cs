using System;

namespace SalesGoals.Crm.Integration.Deals;

/// <summary>Where an incremental read resumes: records modified after <see cref="ModifiedAfter"/>;
/// <see cref="LastId"/> breaks ties between records modified in the same millisecond.</summary>
public sealed record SyncWatermark(DateTimeOffset ModifiedAfter, string? LastId = null)
{
    public static SyncWatermark Beginning { get; } = new(DateTimeOffset.UnixEpoch);
}
