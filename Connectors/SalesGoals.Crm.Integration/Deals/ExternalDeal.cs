using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Deals;

/// <summary>
/// A deal read from an external CRM, in canonical form. Dimension values (product line, region,
/// customer segment) are already translated to canonical values through the ops' value maps.
/// </summary>
public sealed record ExternalDeal
{
    public required ExternalSystem System { get; init; }

    public required string ExternalId { get; init; }

    public string? Name { get; init; }

    /// <summary>Amount in <see cref="CurrencyCode"/>.</summary>
    public decimal Amount { get; init; }

    /// <summary>ISO 4217 code of <see cref="Amount"/>.</summary>
    public string? CurrencyCode { get; init; }

    /// <summary>Units of <see cref="CurrencyCode"/> per unit of the source system's home currency, when the source says.</summary>
    public decimal? ExchangeRate { get; init; }

    public required DealState State { get; init; }

    /// <summary>The raw stage value as stored in the source system (for explanation and mapping checks).</summary>
    public string? StageValue { get; init; }

    /// <summary>Calendar close date (expected while open, actual once won or lost).</summary>
    public DateOnly? CloseDate { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    public DateTimeOffset ModifiedOn { get; init; }

    public string? OwnerExternalId { get; init; }

    public string? OwnerEmail { get; init; }

    /// <summary>The owner's display name when the record carries it, so an unmatched owner can be named.</summary>
    public string? OwnerName { get; init; }

    public string? AccountExternalId { get; init; }

    public string? AccountName { get; init; }

    /// <summary>Win probability in percent (0–100).</summary>
    public decimal? Probability { get; init; }

    /// <summary>Canonical dimension values keyed by <see cref="Mapping.CanonicalDealField"/> names.</summary>
    public IReadOnlyDictionary<string, string> Dimensions { get; init; } = new Dictionary<string, string>();

    /// <summary>True when the source deleted or invalidated the record.</summary>
    public bool IsDeleted { get; init; }
}
