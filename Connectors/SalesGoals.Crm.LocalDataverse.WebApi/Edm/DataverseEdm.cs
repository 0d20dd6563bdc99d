using System;
using System.Collections.Generic;
using Microsoft.OData.Edm;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Edm;

/// <summary>The EDM model of the local Web API (namespace Microsoft.Dynamics.CRM), with lookups from entity sets and types to tables.</summary>
public sealed class DataverseEdm
{
    public const string Namespace = "Microsoft.Dynamics.CRM";
    public const string UpsertMultiple = "UpsertMultiple";

    private readonly Dictionary<string, EdmTable> _bySet;
    private readonly Dictionary<string, EdmTable> _byLogicalName;
    private readonly Dictionary<string, CustomApiDefinition> _customApis;

    internal DataverseEdm(EdmModel model, IEnumerable<EdmTable> tables, IEnumerable<CustomApiDefinition> customApis)
    {
        Model = model;
        _bySet = new Dictionary<string, EdmTable>(StringComparer.Ordinal);
        _byLogicalName = new Dictionary<string, EdmTable>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            _bySet[table.EntitySetName] = table;
            _byLogicalName[table.LogicalName] = table;
        }

        _customApis = new Dictionary<string, CustomApiDefinition>(StringComparer.Ordinal);
        foreach (var api in customApis)
        {
            _customApis[api.UniqueName] = api;
        }
    }

    public EdmModel Model { get; }

    public EdmTable? TableOfSet(string entitySet) => _bySet.TryGetValue(entitySet, out var table) ? table : null;

    public EdmTable? Table(string logicalName) => _byLogicalName.TryGetValue(logicalName, out var table) ? table : null;

    public EdmTable TableOfType(IEdmEntityType type) =>
        Table(type.Name) ?? throw new InvalidOperationException($"No table behind entity type {type.FullName()}.");

    public CustomApiDefinition? CustomApi(string uniqueName) => _customApis.TryGetValue(uniqueName, out var api) ? api : null;
}
