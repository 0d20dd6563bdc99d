using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Sandbox;

/// <summary>Everything the sandbox seeded, for the report and for tests.</summary>
public sealed record SandboxSeed
{
    public required DateOnly Today { get; init; }

    public required DateOnly PeriodStart { get; init; }

    public required DateOnly PeriodEnd { get; init; }

    public required IReadOnlyDictionary<string, Guid> Currencies { get; init; }

    /// <summary>Units of each currency per unit of the base currency (CNY), as seeded in Dataverse.</summary>
    public required IReadOnlyDictionary<string, decimal> ExchangeRates { get; init; }

    public required SandboxPerson Manager { get; init; }

    public required IReadOnlyList<SandboxPerson> Reps { get; init; }

    public required Guid CompanyGoalId { get; init; }

    /// <summary>Rep goal id by rep user id.</summary>
    public required IReadOnlyDictionary<Guid, Guid> RepGoalIds { get; init; }

    /// <summary>Whether the goals could be activated (the plug-ins' rules allowed it).</summary>
    public required bool GoalsActivated { get; init; }

    public required IReadOnlyList<SeededDeal> ExternalDeals { get; init; }

    /// <summary>Dataverse opportunities won through the pipeline, by owner (amount in CNY), the week's included.</summary>
    public required IReadOnlyList<(Guid OwnerId, decimal Amount)> DataverseWins { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The Monday of the week of won deals seeded with <c>--deals-week</c>, or null.</summary>
    public DateOnly? DealsWeek { get; init; }

    /// <summary>Every seeded Dataverse user by e-mail (reps, the example plan's people), not the manager.</summary>
    public IReadOnlyDictionary<string, Guid> Users { get; init; } = new Dictionary<string, Guid>();
}
