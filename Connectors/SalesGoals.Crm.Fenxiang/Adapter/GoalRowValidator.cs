using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Goals;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>Refuses a bad batch before anything is written, listing every reason.</summary>
internal static class GoalRowValidator
{
    public static void EnsureValid(IReadOnlyList<GoalProgressRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var problems = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null)
            {
                problems.Add($"row {i} is null");
                continue;
            }

            if (row.GoalId == Guid.Empty)
            {
                problems.Add($"row {i} has an empty goal id");
            }

            if (string.IsNullOrWhiteSpace(row.OwnerExternalId))
            {
                problems.Add($"row {i} (goal {row.GoalId}) has no Fenxiang owner id");
            }

            if (row.PeriodEnd < row.PeriodStart)
            {
                problems.Add($"row {i} (goal {row.GoalId}) ends before it starts");
            }
        }

        foreach (var duplicate in rows.Where(r => r is not null).GroupBy(r => r.GoalId).Where(g => g.Count() > 1))
        {
            problems.Add($"goal {duplicate.Key} appears {duplicate.Count()} times");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Goal progress rows refused, nothing written: " + string.Join("; ", problems) + ".", nameof(rows));
        }
    }
}
