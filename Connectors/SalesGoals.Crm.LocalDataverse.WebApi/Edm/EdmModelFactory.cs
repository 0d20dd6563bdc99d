using System.Collections.Generic;
using System.Linq;
using Microsoft.OData.Edm;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Edm;

/// <summary>
/// Builds the EDM model from the local Dataverse's metadata (Solution/ plus the standard tables), shaped like
/// Dataverse's own $metadata: every entity type derives from the abstract <c>crmbaseentity</c>, keyed by its primary id,
/// alternate keys annotated; lookups are <c>_x_value</c> Guid properties plus single-valued navigation properties;
/// <c>UpsertMultiple</c> is an action bound to an entity collection; each Custom API is an action or function import.
/// </summary>
public static class EdmModelFactory
{
    public static DataverseEdm Build(MetadataCatalog catalog, IEnumerable<CustomApiDefinition> customApis)
    {
        System.ArgumentNullException.ThrowIfNull(catalog);
        var model = new EdmModel();
        var container = new EdmEntityContainer(DataverseEdm.Namespace, "System");
        model.AddElement(container);
        var baseType = new EdmEntityType(DataverseEdm.Namespace, "crmbaseentity", null, isAbstract: true, isOpen: false);
        model.AddElement(baseType);

        var tables = new List<EdmTable>();
        foreach (var metadata in catalog.Tables.Where(t => !t.Definition.IsIntersect).OrderBy(t => t.LogicalName, System.StringComparer.Ordinal))
        {
            var type = new EdmEntityType(DataverseEdm.Namespace, metadata.LogicalName, baseType);
            model.AddElement(type);
            var set = container.AddEntitySet(metadata.Definition.EntitySetName, type);
            var table = new EdmTable(metadata, type, set);
            AddProperties(table);
            tables.Add(table);
        }

        foreach (var table in tables)
        {
            AddNavigations(table, tables);
            AddAlternateKeys(model, table);
        }

        var apis = customApis.ToList();
        AddUpsertMultiple(model, baseType);
        foreach (var api in apis)
        {
            CustomApiEdm.Add(model, container, api, baseType);
        }

        return new DataverseEdm(model, tables, apis);
    }

    private static void AddProperties(EdmTable table)
    {
        foreach (var column in table.Metadata.Columns.OrderBy(c => c.LogicalName, System.StringComparer.Ordinal))
        {
            if (EdmColumnTypes.Kind(column) is not EdmPrimitiveTypeKind kind)
            {
                continue;
            }

            var name = EdmTable.PropertyName(column);
            var isKey = column.LogicalName == table.Metadata.PrimaryIdAttribute;
            var property = table.Type.AddStructuralProperty(name, kind, isNullable: !isKey);
            if (isKey)
            {
                table.Type.AddKeys(property);
            }

            table.MapProperty(name, column);
        }
    }

    private static void AddNavigations(EdmTable table, IReadOnlyList<EdmTable> tables)
    {
        // Dataverse types ownerid's navigation as the base "principal" (user or team) and documents
        // "ownerid@odata.bind": "/systemusers(id)" or "/teams(id)"; with no principal type here the navigation targets
        // systemuser, and the bound record's own entity set decides which it is (ReferenceResolver).
        foreach (var column in table.Metadata.Columns.Where(c => EdmTable.IsLookup(c) && (c.Targets.Count == 1 || c.Type == ColumnType.Owner)))
        {
            var target = tables.FirstOrDefault(t => t.LogicalName == column.Targets[0]);
            if (target is null)
            {
                continue;
            }

            var navigation = table.Type.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
            {
                Name = EdmTable.NavigationName(column),
                Target = target.Type,
                TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
            });
            table.Set.AddNavigationTarget(navigation, target.Set);
            table.MapNavigation(navigation.Name, column);
        }
    }

    private static void AddAlternateKeys(EdmModel model, EdmTable table)
    {
        foreach (var key in table.Metadata.Keys)
        {
            var properties = key.Columns
                .Select(c => table.Type.FindProperty(c) as IEdmProperty)
                .ToList();
            if (properties.Any(p => p is null))
            {
                continue;
            }

            model.AddAlternateKeyAnnotation(table.Type, properties.ToDictionary(p => p!.Name, p => p!));
        }
    }

    // Dataverse: <Action Name="UpsertMultiple" IsBound="true"><Parameter Name="entityset" Type="Collection(mscrm.crmbaseentity)"/>
    // <Parameter Name="Targets" Type="Collection(mscrm.crmbaseentity)"/></Action> (the 204 response carries no body).
    private static void AddUpsertMultiple(EdmModel model, EdmEntityType baseType)
    {
        var collection = new EdmCollectionTypeReference(new EdmCollectionType(new EdmEntityTypeReference(baseType, isNullable: false)));
        var action = new EdmAction(DataverseEdm.Namespace, DataverseEdm.UpsertMultiple, returnType: null, isBound: true, entitySetPathExpression: null);
        action.AddParameter("entityset", collection);
        action.AddParameter("Targets", collection);
        model.AddElement(action);
    }
}
