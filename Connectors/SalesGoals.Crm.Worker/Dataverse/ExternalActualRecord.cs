using System;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>One sg_externalactual row: an external deal as Dataverse keeps it.</summary>
public sealed record ExternalActualRecord
{
    public required ExternalSystem System { get; init; }

    public required string ExternalId { get; init; }

    public string? Name { get; init; }

    public string? ExternalObject { get; init; }

    public Guid? OwnerUserId { get; init; }

    public string? ExternalOwnerId { get; init; }

    public required decimal Amount { get; init; }

    public required string CurrencyCode { get; init; }

    public Guid? CurrencyId { get; init; }

    public required DealState State { get; init; }

    public string? Stage { get; init; }

    public DateOnly? CloseDate { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    public DateTimeOffset? ModifiedOn { get; init; }

    public int? Probability { get; init; }

    public int? ProductLine { get; init; }

    public int? Region { get; init; }

    public int? CustomerSegment { get; init; }

    public string? AccountName { get; init; }

    public string? ExternalAccountId { get; init; }

    public DateTimeOffset? LastSyncedOn { get; init; }
}
