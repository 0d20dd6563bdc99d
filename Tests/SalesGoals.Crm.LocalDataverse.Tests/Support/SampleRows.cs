using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.Support;

/// <summary>One generated sg_sample row as the test remembers it, to compute expected query results independently.</summary>
public sealed record SampleRow(Guid Id, string Name, decimal? Amount, int? Count, int? Kind, DateTime? Due, Guid OwnerId, Guid? OpportunityId);

/// <summary>A deterministic set of sg_sample rows (with gaps: nulls, two owners, some linked opportunities).</summary>
public static class SampleRows
{
    public const int Kind1 = 100000000;
    public const int Kind2 = 100000001;

    public static List<SampleRow> Seed(TestDataverse dv, Guid[] owners, Guid[] opportunities, int count)
    {
        var random = new Random(20260302);
        var rows = new List<SampleRow>();
        for (var i = 0; i < count; i++)
        {
            var row = new SampleRow(
                Guid.NewGuid(),
                $"row {i}",
                i % 7 == 0 ? null : Math.Round((decimal)random.NextDouble() * 1000m, 2),
                i % 11 == 0 ? null : random.Next(0, 100),
                i % 5 == 0 ? null : (i % 2 == 0 ? Kind1 : Kind2),
                i % 13 == 0 ? null : new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(0, 90)).AddHours(random.Next(0, 24)),
                owners[i % owners.Length],
                i % 3 == 0 ? opportunities[i % opportunities.Length] : null);
            var entity = new Entity("sg_sample", row.Id)
            {
                ["sg_name"] = row.Name,
                ["ownerid"] = new EntityReference("systemuser", row.OwnerId),
            };
            Set(entity, "sg_amount", row.Amount is decimal amount ? new Money(amount) : null);
            Set(entity, "sg_count", row.Count);
            Set(entity, "sg_kind", row.Kind is int kind ? new OptionSetValue(kind) : null);
            Set(entity, "sg_due", row.Due);
            Set(entity, "sg_opportunityid", row.OpportunityId is Guid opportunity ? new EntityReference("opportunity", opportunity) : null);
            dv.Service.Create(entity);
            rows.Add(row);
        }

        return rows;
    }

    private static void Set(Entity entity, string column, object? value)
    {
        if (value is not null)
        {
            entity[column] = value;
        }
    }
}
