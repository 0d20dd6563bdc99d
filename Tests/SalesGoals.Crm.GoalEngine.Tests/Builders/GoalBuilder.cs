using System;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.GoalEngine.Tests.Builders;

/// <summary>Builds valid goal snapshots; each test changes only what it is about.</summary>
public sealed class GoalBuilder
{
    private GoalSnapshot _goal = new()
    {
        Id = Guid.NewGuid(),
        Name = "Goal",
        Assignee = SalesGoals.Crm.GoalEngine.Goals.Assignee.User(Guid.NewGuid()),
        ManagerId = Guid.NewGuid(),
        MetricCode = "won-revenue",
        Period = FiscalCalendar.Gregorian.Year(2026),
        Target = 1_000_000m,
        Precision = 2,
        RootStrategy = "Grow share in East China",
    };

    public static GoalBuilder AGoal() => new();

    public GoalBuilder WithId(Guid id) => Set(_goal with { Id = id });

    public GoalBuilder WithParent(GoalSnapshot parent) => Set(_goal with { ParentId = parent.Id, RootStrategy = null });

    public GoalBuilder WithPeriod(Period period) => Set(_goal with { Period = period });

    public GoalBuilder WithTarget(decimal target) => Set(_goal with { Target = target });

    public GoalBuilder WithTiers(decimal? @base, decimal target, decimal? stretch) =>
        Set(_goal with { Base = @base, Target = target, Stretch = stretch });

    public GoalBuilder WithPrecision(int precision) => Set(_goal with { Precision = precision });

    public GoalBuilder WithAssignee(Assignee assignee) => Set(_goal with { Assignee = assignee });

    public GoalBuilder WithManager(Guid managerId) => Set(_goal with { ManagerId = managerId });

    public GoalBuilder WithMetric(string? metricCode) => Set(_goal with { MetricCode = metricCode });

    public GoalBuilder WithDimensions(GoalDimensions dimensions) => Set(_goal with { Dimensions = dimensions });

    public GoalBuilder WithState(GoalState state) => Set(_goal with { State = state });

    public GoalBuilder WithSplitAxis(SplitAxis axis) => Set(_goal with { SplitAxis = axis });

    public GoalBuilder WithOverAssignment(decimal percent) => Set(_goal with { AllowedOverAssignmentPercent = percent });

    public GoalBuilder Locked() => Set(_goal with { IsLocked = true });

    public GoalBuilder AsRoot(string? strategy) => Set(_goal with { ParentId = null, RootStrategy = strategy });

    public GoalSnapshot Build() => _goal;

    private GoalBuilder Set(GoalSnapshot goal)
    {
        _goal = goal;
        return this;
    }
}
