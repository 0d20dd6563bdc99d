using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Goal chains seeded straight into the store (no goal rules run), each level above the leaf split so only the bottom goal is a leaf.</summary>
public static class GoalChains
{
    /// <summary>One chain per metric: a quarter leaf of the rep under <paramref name="ancestors"/> split goals; returns every goal, leaves first.</summary>
    public static List<Guid> Seed(GoalWorld world, int ancestors, params string[] metrics)
    {
        var goals = new List<Guid>();
        var tops = new List<Guid>();
        foreach (var metric in metrics)
        {
            Guid? parent = null;
            for (var level = 0; level < ancestors; level++)
            {
                var builder = world.Goal($"{metric} level {level}").Metric(metric).Year().Tiers(null, 1_000_000_000m, null).SplitBy(100000001).Active();
                if (parent is { } above)
                {
                    builder.Parent(above);
                }

                parent = world.Env.Seed.Row(builder.Build());
                tops.Add(parent.Value);
            }

            var leaf = world.Goal($"{metric} leaf").Metric(metric).Tiers(null, 1_000_000_000m, null).Active();
            if (parent is { } direct)
            {
                leaf.Parent(direct);
            }

            goals.Add(world.Env.Seed.Row(leaf.Build()));
        }

        goals.AddRange(tops);
        return goals;
    }
}
