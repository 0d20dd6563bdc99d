using System.Collections.Generic;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.Cli.Plan.Building;

/// <summary>One goal of the plan's tree: its key (the labels from the root, stable across runs), the engine's snapshot, its children.</summary>
public sealed class PlanNode
{
    public PlanNode(string key, string label, PlanNodeKind kind, GoalSnapshot goal, bool locked)
    {
        Key = key;
        Label = label;
        Kind = kind;
        Goal = goal;
        Locked = locked;
    }

    public string Key { get; }

    public string Label { get; }

    public PlanNodeKind Kind { get; }

    public GoalSnapshot Goal { get; internal set; }

    /// <summary>Long-term level: once active its tiers change only through an approved adjustment.</summary>
    public bool Locked { get; }

    public List<PlanNode> Children { get; } = [];

    public IEnumerable<PlanNode> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.DescendantsAndSelf())
            {
                yield return node;
            }
        }
    }
}
