using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Planning;

/// <summary>
/// Finds the live goals below a plan's goals in Dataverse that the plan no longer names (a rep, a region or a period
/// taken out of the file), level by level, with the path of names from the plan's root and what counts toward them.
/// Before this, an edited plan left them silently in place.
/// </summary>
internal sealed class GoalPlanRemovals
{
    private const int IdsPerQuery = 200;
    private const int PageSize = 5000;
    private static readonly string[] Columns = [F.Id, F.Name, F.ParentGoalId, F.GoalStatus, F.IsLocked, F.PeriodType];

    private readonly IOrganizationService _service;

    public GoalPlanRemovals(IOrganizationService service) => _service = service;

    /// <param name="planRows">The plan's goals that already exist (their stored rows).</param>
    /// <returns>Parents before children, each with its stored row.</returns>
    public List<KeyValuePair<GoalPlanRemoval, Entity>> Find(IReadOnlyCollection<Entity> planRows)
    {
        var known = planRows.ToDictionary(r => r.Id);
        var removed = new List<Entity>();
        var frontier = known.Keys.ToList();
        while (frontier.Count > 0)
        {
            var next = new List<Guid>();
            foreach (var row in Children(frontier).Where(r => !known.ContainsKey(r.Id)))
            {
                known[row.Id] = row;
                removed.Add(row);
                next.Add(row.Id);
            }

            frontier = next;
        }

        var ledger = LedgerRows(removed.Select(r => r.Id).ToList());
        return removed.Select(row => new KeyValuePair<GoalPlanRemoval, Entity>(new GoalPlanRemoval
        {
            Id = row.Id,
            Path = Path(row, known),
            Locked = GoalPlanService.IsLocked(row),
            LedgerRows = ledger.TryGetValue(row.Id, out var count) ? count : 0,
        }, row)).ToList();
    }

    private IEnumerable<Entity> Children(List<Guid> parents)
    {
        for (var i = 0; i < parents.Count; i += IdsPerQuery)
        {
            var query = new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(Columns) };
            query.Criteria.AddCondition(F.ParentGoalId, ConditionOperator.In, parents.Skip(i).Take(IdsPerQuery).Cast<object>().ToArray());
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            foreach (var row in All(query))
            {
                yield return row;
            }
        }
    }

    private Dictionary<Guid, int> LedgerRows(List<Guid> goals)
    {
        var counts = new Dictionary<Guid, int>();
        for (var i = 0; i < goals.Count; i += IdsPerQuery)
        {
            var query = new QueryExpression(SgGoalContribution.LogicalName) { ColumnSet = new ColumnSet(SgGoalContribution.Fields.GoalId) };
            query.Criteria.AddCondition(SgGoalContribution.Fields.GoalId, ConditionOperator.In, goals.Skip(i).Take(IdsPerQuery).Cast<object>().ToArray());
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            foreach (var row in All(query))
            {
                var goal = row.GetAttributeValue<EntityReference>(SgGoalContribution.Fields.GoalId).Id;
                counts[goal] = (counts.TryGetValue(goal, out var n) ? n : 0) + 1;
            }
        }

        return counts;
    }

    // Every page: a few hundred parents can have more than one page of children (day goals under months).
    private IEnumerable<Entity> All(QueryExpression query)
    {
        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        while (true)
        {
            var page = _service.RetrieveMultiple(query);
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    private static Entity? Parent(Entity row, Dictionary<Guid, Entity> known) =>
        row.GetAttributeValue<EntityReference>(F.ParentGoalId) is { } parent && known.TryGetValue(parent.Id, out var up) ? up : null;

    private static string Path(Entity row, Dictionary<Guid, Entity> known)
    {
        // A plan names its goals by their path already ("FY2026 / East sales / wang@… / 2026-Q1"): an ancestor's name is
        // added only when the names below do not start with it.
        var path = row.GetAttributeValue<string>(F.Name) ?? row.Id.ToString();
        for (var current = Parent(row, known); current != null; current = Parent(current, known))
        {
            var name = current.GetAttributeValue<string>(F.Name) ?? current.Id.ToString();
            if (!path.StartsWith(name, StringComparison.Ordinal))
            {
                path = name + " / " + path;
            }
        }

        return path;
    }
}
