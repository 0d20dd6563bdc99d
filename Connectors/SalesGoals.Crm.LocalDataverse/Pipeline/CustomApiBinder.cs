using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>Binds the solution's Custom APIs to plug-in instances from the registered assemblies at start.</summary>
internal static class CustomApiBinder
{
    public static IReadOnlyList<(CustomApiDefinition Api, IPlugin Plugin)> Bind(IEnumerable<CustomApiDefinition> apis, IReadOnlyList<Assembly> assemblies, MetadataCatalog metadata)
    {
        var bound = new List<(CustomApiDefinition, IPlugin)>();
        foreach (var api in apis)
        {
            if (api.BoundEntityLogicalName is { } table && metadata.Find(table) is null)
            {
                throw new LocalDataverseConfigurationException($"Custom API '{api.UniqueName}' ({api.SourceFile}) is bound to table '{table}', which does not exist.");
            }

            if (api.PluginTypeName is null)
            {
                continue; // a Custom API without a plug-in is a business event: nothing runs as its main operation
            }

            var type = assemblies.SelectMany(StepCatalog.SafeTypes).FirstOrDefault(t => string.Equals(t.FullName, api.PluginTypeName, StringComparison.Ordinal))
                ?? throw new LocalDataverseConfigurationException(
                    $"Custom API '{api.UniqueName}' ({api.SourceFile}) names plug-in type '{api.PluginTypeName}', which is not in any registered plug-in assembly.");
            if (!typeof(IPlugin).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is not { } constructor)
            {
                throw new LocalDataverseConfigurationException($"Custom API '{api.UniqueName}': type '{type.FullName}' is not a concrete IPlugin with a public parameterless constructor.");
            }

            bound.Add((api, (IPlugin)constructor.Invoke([])));
        }

        return bound;
    }
}
