using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>
/// The root rows a query can start from: the equality-index buckets of its most selective top-level
/// Equal/In condition. Buckets are only counted while choosing, never copied or merged into a set
/// (the buckets of one column's distinct values are disjoint), so choosing costs nothing per row.
/// </summary>
internal sealed class IndexedCandidates
{
    private readonly IReadOnlyList<IReadOnlyCollection<Guid>> _buckets;

    private IndexedCandidates(IReadOnlyList<IReadOnlyCollection<Guid>> buckets)
    {
        _buckets = buckets;
        Count = buckets.Sum(b => b.Count);
    }

    public int Count { get; }

    public IEnumerable<Guid> Ids => _buckets.SelectMany(b => b);

    public bool Contains(Guid id)
    {
        foreach (var bucket in _buckets)
        {
            if (bucket is ICollection<Guid> set ? set.Contains(id) : bucket.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The smallest candidate set among the indexable conditions, or null when the query must scan.</summary>
    public static IndexedCandidates? Choose(PreparedQuery prepared, TableStore table, QueryRuntime runtime)
    {
        var criteria = prepared.Query.Criteria;
        if (criteria is null || criteria.FilterOperator != LogicalOperator.And)
        {
            return null;
        }

        IndexedCandidates? best = null;
        foreach (var condition in criteria.Conditions)
        {
            if (!string.IsNullOrEmpty(condition.EntityName) && condition.EntityName != prepared.RootAlias)
            {
                continue;
            }

            var column = prepared.Table.Find(condition.AttributeName);
            if (column is null)
            {
                continue;
            }

            var values = condition.Operator switch
            {
                ConditionOperator.Equal when condition.Values.Count == 1 => condition.Values.ToList(),
                ConditionOperator.In => FilterEvaluator.Flatten(condition.Values),
                ConditionOperator.EqualUserId => [runtime.UserId],
                ConditionOperator.EqualBusinessId => [runtime.BusinessUnitId],
                _ => null,
            };
            if (values is null || values.Any(v => !IndexableValue.Fits(column, v)))
            {
                continue;
            }

            // Equal values share a bucket: count and walk each bucket once.
            var buckets = values.Select(v => IndexableValue.Normalize(column, v)).DistinctBy(IndexKey.Of)
                .Select(v => Lookup(table, prepared.Table, condition.AttributeName, v)).ToList();
            var candidate = new IndexedCandidates(buckets);
            if (best is null || candidate.Count < best.Count)
            {
                best = candidate;
            }
        }

        return best;
    }

    public static IReadOnlyCollection<Guid> Lookup(TableStore table, TableMetadata meta, string column, object? value)
    {
        if (column == meta.PrimaryIdAttribute)
        {
            var id = IndexableValue.AsGuid(value);
            return id is Guid g && table.Get(g) is not null ? [g] : [];
        }

        return table.Lookup(column, IndexableValue.Normalize(meta.Find(column), value));
    }
}
