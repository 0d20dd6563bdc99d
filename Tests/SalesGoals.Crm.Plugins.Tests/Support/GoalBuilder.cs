using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Builds a valid sg_goal row (a root Q1 2026 won-revenue goal of the rep) that a test then bends.</summary>
public sealed class GoalBuilder
{
    private readonly GoalWorld _world;
    private readonly Entity _row = new(SgGoal.LogicalName);

    public GoalBuilder(GoalWorld world, string name)
    {
        _world = world;
        _row[F.Name] = name;
        _row[F.AssigneeUserId] = new EntityReference("systemuser", world.Rep);
        _row[F.ManagerId] = new EntityReference("systemuser", world.Manager);
        _row[F.MetricId] = world.Metric(MetricCodes.WonRevenue);
        _row[F.Strategy] = "Grow share in East China";
        Period(100000001, new DateTime(2026, 1, 1), new DateTime(2026, 3, 31));
        Tiers(400_000m, 500_000m, 600_000m);
    }

    public GoalBuilder Period(int periodTypeOption, DateTime start, DateTime end)
    {
        _row[F.PeriodType] = new OptionSetValue(periodTypeOption);
        _row[F.PeriodStart] = start;
        _row[F.PeriodEnd] = end;
        return this;
    }

    public GoalBuilder Month(int month) => Period(100000002, new DateTime(2026, month, 1), new DateTime(2026, month, DateTime.DaysInMonth(2026, month)));

    public GoalBuilder Year() => Period(100000000, new DateTime(2026, 1, 1), new DateTime(2026, 12, 31));

    public GoalBuilder Tiers(decimal? baseValue, decimal target, decimal? stretch)
    {
        _row[F.BaseValue] = baseValue;
        _row[F.TargetValue] = target;
        _row[F.StretchValue] = stretch;
        return this;
    }

    public GoalBuilder Metric(string code)
    {
        _row[F.MetricId] = _world.Metric(code);
        return this;
    }

    public GoalBuilder Assignee(Guid userId)
    {
        _row[F.AssigneeUserId] = new EntityReference("systemuser", userId);
        return this;
    }

    public GoalBuilder Parent(Guid parentId, int? productLine = null)
    {
        _row[F.ParentGoalId] = new EntityReference(SgGoal.LogicalName, parentId);
        _row[F.Strategy] = null;
        if (productLine.HasValue)
        {
            _row[F.ProductLine] = new OptionSetValue(productLine.Value);
        }

        return this;
    }

    public GoalBuilder SplitBy(int splitAxisOption)
    {
        _row[F.SplitAxis] = new OptionSetValue(splitAxisOption);
        return this;
    }

    public GoalBuilder Active()
    {
        _row[F.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive);
        return this;
    }

    public GoalBuilder Currency(Guid currencyId)
    {
        _row[F.CurrencyId] = new EntityReference(PlatformTables.TransactionCurrency, currencyId);
        return this;
    }

    public GoalBuilder With(string column, object? value)
    {
        _row[column] = value;
        return this;
    }

    public Entity Build() => _row;

    /// <summary>Creates the goal through the pipeline as the given user (the manager by default).</summary>
    public Guid Create(Guid? asUser = null) => _world.Env.GetOrganizationService(asUser ?? _world.Manager).Create(_row);
}
