using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>
/// A test-side organization service that counts the rows each table's queries return: the plug-ins run inside
/// Dataverse's 2-minute limit and 5,000-row pages, so reading other people's rows is a scale bug even when the result
/// stays right.
/// </summary>
internal sealed class RowCountingService(IOrganizationService inner) : IOrganizationService
{
    public Dictionary<string, int> RowsRead { get; } = new(StringComparer.Ordinal);

    public int Read(string table) => RowsRead.TryGetValue(table, out var rows) ? rows : 0;

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        var result = inner.RetrieveMultiple(query);
        var table = (query as QueryExpression)?.EntityName ?? result.EntityName ?? string.Empty;
        RowsRead[table] = Read(table) + result.Entities.Count;
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
