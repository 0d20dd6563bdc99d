using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Goals;

/// <summary>
/// The parent chains of the goals one execution touches, read with a fixed number of requests whatever the number of
/// goals: a goal query brings <see cref="JoinedLevels"/> ancestors joined (<see cref="JoinAncestors"/>), the goals no
/// query brought come with one In query (their ancestors joined), and each further level beyond the joined ones takes
/// one query for all chains together. Goal by goal reads made a reversal or a deep tree cost a request per goal.
/// </summary>
public sealed class GoalAncestry
{
    /// <summary>Ancestors joined to a goal query.</summary>
    public const int JoinedLevels = 3;

    private const string AliasPrefix = "ancestor";

    private readonly IOrganizationService _service;
    private readonly Dictionary<Guid, Guid?> _parents = new();
    private readonly HashSet<Guid> _exists = new();
    private readonly HashSet<Guid> _closed = new();

    public GoalAncestry(IOrganizationService service) => _service = service;

    /// <summary>True when the goal was found by a read (a goal deleted meanwhile is not).</summary>
    public bool Exists(Guid goalId) => _exists.Contains(goalId);

    /// <summary>True when a read found the goal closed (its figures are final).</summary>
    public bool IsClosed(Guid goalId) => _closed.Contains(goalId);

    /// <summary>The goal's parent, once <see cref="Read"/> (or a remembered query) has brought it; null for a top goal or an unknown one.</summary>
    public Guid? ParentOf(Guid goalId) => _parents.TryGetValue(goalId, out var parent) ? parent : null;

    /// <summary>The goal and its ancestors, nearest first (after <see cref="Read"/>).</summary>
    public IReadOnlyList<Guid> Above(Guid goalId)
    {
        var chain = new List<Guid>();
        var seen = new HashSet<Guid> { goalId };
        for (var parent = ParentOf(goalId); parent is { } id && seen.Add(id); parent = ParentOf(id))
        {
            chain.Add(id);
        }

        return chain;
    }

    /// <summary>Adds outer joins of the parent, grandparent and great-grandparent (their id and parent) to a goal query.</summary>
    public static void JoinAncestors(QueryExpression query)
    {
        var links = query.LinkEntities;
        var from = F.ParentGoalId;
        for (var level = 1; level <= JoinedLevels; level++)
        {
            var link = new LinkEntity(SgGoal.LogicalName, SgGoal.LogicalName, from, F.Id, JoinOperator.LeftOuter)
            {
                EntityAlias = Alias(level),
                Columns = new ColumnSet(F.Id, F.ParentGoalId),
            };
            links.Add(link);
            links = link.LinkEntities;
        }
    }

    /// <summary>Remembers the chains that rows of a query with <see cref="JoinAncestors"/> carry, and takes the joined columns off the rows.</summary>
    public void Remember(IEnumerable<Entity> rows)
    {
        foreach (var row in rows)
        {
            _exists.Add(row.Id);
            if (row.GetAttributeValue<OptionSetValue>(F.GoalStatus)?.Value == SgGoal.Options.StatusClosed)
            {
                _closed.Add(row.Id);
            }

            var parent = row.GetAttributeValue<EntityReference>(F.ParentGoalId)?.Id;
            _parents[row.Id] = parent;
            // Stryker disable once Logical : once a chain ends the next alias has no columns (an outer join that found no row brings none),
            // so the loop stops at the key test below anyway.
            for (var level = 1; level <= JoinedLevels && parent.HasValue; level++)
            {
                var alias = Alias(level) + ".";
                if (!row.Attributes.ContainsKey(alias + F.Id))
                {
                    break; // the join found no row: that parent is read by the next query (and found missing)
                }

                var next = (row.GetAttributeValue<AliasedValue>(alias + F.ParentGoalId)?.Value as EntityReference)?.Id;
                _exists.Add(parent.Value);
                _parents[parent.Value] = next;
                parent = next;
            }

            foreach (var key in row.Attributes.Keys.Where(k => k.StartsWith(AliasPrefix, StringComparison.Ordinal) && k.Contains('.')).ToList())
            {
                row.Attributes.Remove(key);
            }
        }
    }

    /// <summary>Makes the whole chain of every given goal known: one query for the goals not known yet, then one per
    /// further <see cref="JoinedLevels"/> levels for all chains together. A goal not found ends its chain.</summary>
    public void Read(IEnumerable<Guid> goalIds)
    {
        var wanted = goalIds.Where(id => !_parents.ContainsKey(id)).Distinct().ToList();
        if (wanted.Count == 0)
        {
            wanted = Unread();
        }

        while (wanted.Count > 0)
        {
            var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(F.Id, F.ParentGoalId, F.GoalStatus) };
            query.Criteria.AddCondition(F.Id, ConditionOperator.In, wanted.Select(id => (object)id).ToArray());
            JoinAncestors(query);
            Remember(_service.RetrieveMultiple(query).Entities);
            foreach (var missing in wanted.Where(id => !_parents.ContainsKey(id)).ToList())
            {
                _parents[missing] = null;
            }

            wanted = Unread();
        }
    }

    // Parents named by a known goal but not read yet: the levels beyond the joined ones.
    private List<Guid> Unread() => _parents.Values.Where(p => p is { } id && !_parents.ContainsKey(id)).Select(p => p!.Value).Distinct().ToList();

    private static string Alias(int level) => AliasPrefix + level.ToString(CultureInfo.InvariantCulture);
}
