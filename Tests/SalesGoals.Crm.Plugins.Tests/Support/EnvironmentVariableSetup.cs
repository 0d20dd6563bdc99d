using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using N = SalesGoals.Crm.Plugins.Configuration.EnvironmentVariableNames;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Sets an environment variable's current value as an admin does after import (an environmentvariablevalue
/// row on the definition the solution brought), through the organization service.</summary>
public static class EnvironmentVariableSetup
{
    public static void SetEnvironmentVariable(this GoalWorld world, string schemaName, string value)
    {
        var service = world.AsSystem;
        var definitions = new QueryExpression(N.DefinitionTable) { ColumnSet = new ColumnSet(N.SchemaName) };
        definitions.Criteria.AddCondition(N.SchemaName, ConditionOperator.Equal, schemaName);
        var definition = service.RetrieveMultiple(definitions).Entities.Single();
        var values = new QueryExpression(N.ValueTable) { ColumnSet = new ColumnSet(false) };
        values.Criteria.AddCondition(N.DefinitionId, ConditionOperator.Equal, definition.Id);
        var existing = service.RetrieveMultiple(values).Entities.FirstOrDefault();
        if (existing is null)
        {
            service.Create(new Entity(N.ValueTable)
            {
                [N.SchemaName] = schemaName,
                [N.Value] = value,
                [N.DefinitionId] = definition.ToEntityReference(),
            });
        }
        else
        {
            service.Update(new Entity(N.ValueTable, existing.Id) { [N.Value] = value });
        }
    }

    /// <summary>Moves the environment's clock past the plug-ins' environment-variable cache.</summary>
    public static void AfterCacheLifetime(this GoalWorld world) =>
        world.Time.Advance(Plugins.Configuration.EnvironmentSettingsCache.Lifetime + TimeSpan.FromSeconds(1));
}
