using System;

namespace SalesGoals.Crm.Messaging.Contracts;

/// <summary>A goal was created, updated or deleted in Dataverse (version = its row version).</summary>
public sealed record GoalChanged(Guid GoalId, long GoalVersion, string ChangeKind, Guid? OwnerId, string? MetricCode,
    DateOnly? PeriodStart, DateOnly? PeriodEnd, decimal? Target, string? Currency);

/// <summary>Actuals for a goal were recalculated.</summary>
public sealed record ProgressChanged(Guid GoalId, long GoalVersion, decimal Actual, decimal Target, decimal? PercentAchieved, DateTimeOffset CalculatedAt);

/// <summary>Ask a connector to pull actuals from an external CRM (<c>zoho</c>, <c>fenxiang</c>).</summary>
public sealed record PullActuals(string Source, string? OwnerKey, DateTimeOffset? ModifiedSince, DateTimeOffset? Until);

/// <summary>A mapping between an external CRM key and a Dataverse record changed.</summary>
public sealed record MappingChanged(string Source, string MappingKind, string ExternalKey, Guid? DataverseId, long MappingVersion);

/// <summary>Recompute pace ("today's target" vs actual) as of a day, for one goal or all.</summary>
public sealed record PaceSweep(DateOnly AsOf, Guid? GoalId);
