using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;
using SalesGoals.Crm.Reporting.Data;

namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>The goals as a tree: children, depth, level (company / team / rep) and depth-first order.</summary>
internal sealed class GoalTree
{
    private readonly Dictionary<Guid, GoalRow> _goals;
    private readonly ILookup<Guid, GoalRow> _children;
    private readonly Dictionary<Guid, GoalLevel> _levels = new();

    public GoalTree(IEnumerable<GoalRow> goals)
    {
        _goals = goals.ToDictionary(g => g.Id);
        _children = _goals.Values.Where(g => g.ParentId is { } p && _goals.ContainsKey(p)).ToLookup(g => g.ParentId!.Value);
        Roots = _goals.Values.Where(g => g.ParentId is not { } p || !_goals.ContainsKey(p)).OrderBy(g => g.Name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<GoalRow> Roots { get; }

    public IEnumerable<GoalRow> ChildrenOf(Guid id) => _children[id];

    /// <summary>Depth-first, children by name: the order a manager reads a tree in.</summary>
    public IEnumerable<(GoalRow Goal, int Depth)> DepthFirst()
    {
        var stack = new Stack<(GoalRow, int)>(Roots.Reverse().Select(r => (r, 0)));
        while (stack.Count > 0)
        {
            var (goal, depth) = stack.Pop();
            yield return (goal, depth);
            foreach (var child in _children[goal.Id].OrderByDescending(c => c.Name, StringComparer.Ordinal))
            {
                stack.Push((child, depth + 1));
            }
        }
    }

    /// <summary>Children before their parent, so totals can be rolled up in one pass.</summary>
    public IReadOnlyList<GoalRow> PostOrder() => DepthFirst().Select(x => x.Goal).Reverse().ToList();

    /// <summary>A root goal is the company's; an assignee split makes team or rep goals; time and dimension splits keep the parent's level.</summary>
    public GoalLevel LevelOf(GoalRow goal)
    {
        if (_levels.TryGetValue(goal.Id, out var known))
        {
            return known;
        }

        GoalLevel level;
        if (goal.ParentId is not { } parentId || !_goals.TryGetValue(parentId, out var parent))
        {
            level = goal.ParentId is null ? GoalLevel.Company : Own(goal);
        }
        else
        {
            level = parent.SplitAxis == SplitAxis.Assignee ? Own(goal) : LevelOf(parent);
        }

        _levels[goal.Id] = level;
        return level;
    }

    /// <summary>The nearest team assignee of the goal or its ancestors (for a playbook link).</summary>
    public Guid? TeamOf(GoalRow goal)
    {
        for (var current = goal; current is not null; current = current.ParentId is { } p && _goals.TryGetValue(p, out var parent) ? parent : null)
        {
            if (current.AssigneeTeamId is { } team)
            {
                return team;
            }
        }

        return null;
    }

    private static GoalLevel Own(GoalRow goal) => goal.AssigneeTeamId.HasValue ? GoalLevel.Team : GoalLevel.Rep;
}
