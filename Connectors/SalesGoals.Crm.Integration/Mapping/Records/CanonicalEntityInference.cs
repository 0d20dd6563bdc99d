using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>sg_fieldmapping has no canonical-entity column: the entity is told by the fields (a goal object maps
/// goalid/target/actual, a deal object amount/stage/closedate). Only objects mapping nothing but shared fields
/// (name, owner, currency) need the qualified form <c>entity.field</c>.</summary>
internal static class CanonicalEntityInference
{
    public static string? Infer(IReadOnlyCollection<string> canonicalFields, IReadOnlyCollection<MappingDirection> directions)
    {
        var scored = CanonicalFieldCatalog.Entities
            .Select(e => (Entity: e, Known: canonicalFields.Count(f => e.Field(f) is not null)))
            .Where(s => s.Known > 0)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var best = scored.Max(s => s.Known);
        var leaders = scored.Where(s => s.Known == best).Select(s => s.Entity).ToList();
        if (leaders.Count == 1)
        {
            return leaders[0].Name;
        }

        // Only shared fields: decide by the way they flow (deals come in, goal progress goes out).
        var byDirection = leaders.Where(e => directions.All(d => d == MappingDirection.Both || d == e.PrimaryDirection)).ToList();
        return byDirection.Count == 1 ? byDirection[0].Name : null;
    }

    public static (string? Entity, string Field) Split(string canonicalField)
    {
        var dot = canonicalField.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (null, canonicalField) : (canonicalField[..dot], canonicalField[(dot + 1)..]);
    }
}
