using System;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Builders;

/// <summary>Builds source facts: by default a won deal of 80,000 closed on 2026-03-10.</summary>
public sealed class FactBuilder
{
    private SourceFact _fact = new()
    {
        Source = SourceKind.Deal,
        RecordId = Guid.NewGuid(),
        State = SourceStates.Won,
        OwnerId = Guid.NewGuid(),
        Date = new LocalDate(2026, 3, 10),
        BaseAmount = 80_000m,
    };

    public static FactBuilder AWonDeal() => new();

    public FactBuilder For(Guid recordId) => Set(_fact with { RecordId = recordId });

    public FactBuilder OwnedBy(Guid ownerId, params Guid[] teamIds) => Set(_fact with { OwnerId = ownerId, OwnerTeamIds = teamIds });

    public FactBuilder InState(string state) => Set(_fact with { State = state });

    public FactBuilder On(LocalDate date) => Set(_fact with { Date = date });

    public FactBuilder CreatedOn(LocalDate date) => Set(_fact with { CreatedDate = date });

    public FactBuilder Worth(decimal baseAmount) => Set(_fact with { BaseAmount = baseAmount });

    public FactBuilder WithDimensions(GoalDimensions dimensions) => Set(_fact with { Dimensions = dimensions });

    public FactBuilder Flagged(params string[] flags) => Set(_fact with { Flags = flags });

    public FactBuilder From(SourceKind source) => Set(_fact with { Source = source });

    public SourceFact Build() => _fact;

    private FactBuilder Set(SourceFact fact)
    {
        _fact = fact;
        return this;
    }
}
