using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Faults;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>The Targets of CreateMultiple / UpdateMultiple: a non-empty EntityCollection of one table.</summary>
internal static class BulkTargets
{
    public static MessageTarget Describe(ParameterCollection input, Platform platform)
    {
        var targets = Read(input);
        return new MessageTarget(platform.Metadata.Get(TableOf(targets)).LogicalName, Guid.Empty, false);
    }

    public static EntityCollection Read(ParameterCollection input)
    {
        var targets = input.TryGetValue("Targets", out var t) && t is EntityCollection collection ? collection
            : throw DataverseFault.InvalidArgument("Required field 'Targets' is missing");
        if (targets.Entities.Count == 0)
        {
            throw DataverseFault.InvalidArgument("The 'Targets' collection must contain at least one entity.");
        }

        var table = TableOf(targets);
        foreach (var entity in targets.Entities)
        {
            if (!string.Equals(entity.LogicalName, table, StringComparison.Ordinal))
            {
                throw DataverseFault.InvalidArgument($"All entities in 'Targets' must be of the type '{table}'; found '{entity.LogicalName}'.");
            }
        }

        return targets;
    }

    private static string TableOf(EntityCollection targets) =>
        !string.IsNullOrEmpty(targets.EntityName) ? targets.EntityName
        : targets.Entities.Count > 0 ? targets.Entities[0].LogicalName
        : throw DataverseFault.InvalidArgument("The 'Targets' collection must contain at least one entity.");
}
