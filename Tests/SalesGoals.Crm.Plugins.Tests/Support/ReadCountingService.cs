using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>
/// A test-side decorator of the organization service a plug-in service is given, counting its queries and the rows and
/// columns they bring, in all and by table: a plug-in runs under Dataverse's 2-minute limit and 5,000-row pages, so
/// reading rows or columns it does not need is a scale bug even when the result stays right.
/// </summary>
public sealed class ReadCountingService(IOrganizationService inner) : IOrganizationService
{
    private readonly Dictionary<string, int> _rowsByTable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _queriesByTable = new(StringComparer.Ordinal);

    public int Queries { get; private set; }

    public int Rows { get; private set; }

    /// <summary>The columns of every row read (its id included when the platform returns it).</summary>
    public int Columns { get; private set; }

    /// <summary>The rows the queries of <paramref name="table"/> brought.</summary>
    public int RowsOf(string table) => _rowsByTable.TryGetValue(table, out var rows) ? rows : 0;

    /// <summary>The queries of <paramref name="table"/>.</summary>
    public int QueriesOf(string table) => _queriesByTable.TryGetValue(table, out var queries) ? queries : 0;

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        var result = inner.RetrieveMultiple(query);
        var table = (query as QueryExpression)?.EntityName ?? result.EntityName ?? string.Empty;
        Queries++;
        _queriesByTable[table] = QueriesOf(table) + 1;
        Rows += result.Entities.Count;
        _rowsByTable[table] = RowsOf(table) + result.Entities.Count;
        foreach (var row in result.Entities)
        {
            Columns += row.Attributes.Count;
        }

        return result;
    }

    public Guid Create(Entity entity) => inner.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

    public void Update(Entity entity) => inner.Update(entity);

    public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

    public OrganizationResponse Execute(OrganizationRequest request) => inner.Execute(request);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        inner.Associate(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        inner.Disassociate(entityName, entityId, relationship, relatedEntities);
}
