using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Integration.Mapping.Catalog;

/// <summary>A canonical entity: its fields, the way it normally flows, and what it cannot do without.</summary>
/// <param name="Name">"deal" or "goalprogress".</param>
/// <param name="PrimaryDirection">Deals flow in, goal progress flows out; required fields are checked in this direction.</param>
/// <param name="Fields">Every canonical field of the entity.</param>
/// <param name="RequiredGroups">Each group needs at least one of its fields mapped (a deal needs a stage or a state).</param>
public sealed record CanonicalEntityDefinition(
    string Name,
    MappingDirection PrimaryDirection,
    IReadOnlyList<CanonicalFieldDefinition> Fields,
    IReadOnlyList<IReadOnlyList<string>> RequiredGroups)
{
    public CanonicalFieldDefinition? Field(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
