using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesGoals.Crm.Plugins.Tests.Goals;

/// <summary>A test-side decorator of an organization service counting the queries and the rows they bring: a plug-in
/// runs under Dataverse's 2-minute limit and 5,000-row pages, so reading rows it does not need is a scale bug.</summary>
public sealed class ReadCountingService(IOrganizationService inner) : IOrganizationService
{
    public int Queries { get; private set; }

    public int Rows { get; private set; }

    /// <summary>The columns of every row read (its id included when the platform returns it).</summary>
    public int Columns { get; private set; }

    public EntityCollection RetrieveMultiple(QueryBase query)
    {
        var result = inner.RetrieveMultiple(query);
        Queries++;
        Rows += result.Entities.Count;
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
