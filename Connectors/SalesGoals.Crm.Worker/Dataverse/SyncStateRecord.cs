using System;
using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>One sg_syncstate row: where the incremental read of one external object resumes, and its health.</summary>
public sealed record SyncStateRecord
{
    public required ExternalSystem System { get; init; }

    public required string ObjectName { get; init; }

    public string? Watermark { get; init; }

    public DateTimeOffset? LastRunOn { get; init; }

    public DateTimeOffset? LastSuccessOn { get; init; }

    public bool Failed { get; init; }

    public string? LastError { get; init; }

    public int RecordsProcessed { get; init; }
}
