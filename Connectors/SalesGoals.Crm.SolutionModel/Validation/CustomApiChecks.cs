using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Packing;
using SalesGoals.Crm.SolutionModel.Standard;

namespace SalesGoals.Crm.SolutionModel.Validation;

/// <summary>The checks <see cref="SolutionValidator"/> runs on one Custom API.</summary>
internal static class CustomApiChecks
{
    public static void Check(CustomApiDefinition api, PublisherDefinition publisher, TableCatalog catalog, List<SolutionProblem> problems)
    {
        void Report(string message) => problems.Add(new SolutionProblem(api.SourceFile, message));

        if (!api.UniqueName.StartsWith(publisher.CustomizationPrefix + "_", StringComparison.OrdinalIgnoreCase))
        {
            Report($"custom API {api.UniqueName} does not carry the publisher prefix {publisher.CustomizationPrefix}_");
        }

        if (api.BoundEntityLogicalName is { } bound && catalog.Find(bound) is null)
        {
            Report($"custom API {api.UniqueName} is bound to table {bound}, which does not exist");
        }

        if (api.IsFunction && api.RequestParameters.Count == 0 && api.ResponseProperties.Count == 0)
        {
            Report($"custom API {api.UniqueName} is a function with no response property; a function must return something");
        }

        foreach (var field in api.RequestParameters.Concat(api.ResponseProperties))
        {
            var needsTable = field.Type is CustomApiFieldType.Entity or CustomApiFieldType.EntityReference;
            if (field.LogicalEntityName is { } table && catalog.Find(table) is null)
            {
                Report($"{field.UniqueName} names table {table}, which does not exist");
            }
            else if (!needsTable && field.LogicalEntityName is not null)
            {
                Report($"{field.UniqueName} is of type {field.Type}; only Entity and EntityReference fields name a table");
            }
        }
    }
}
