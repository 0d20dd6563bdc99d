using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>An organization service that counts the requests made through it, so a sliced job can stop
/// within its request budget (each request is a round trip that counts against the 2-minute limit).</summary>
public sealed class CountingOrganizationService : IOrganizationService
{
    private readonly IOrganizationService _inner;

    public CountingOrganizationService(IOrganizationService inner) => _inner = inner;

    public int Requests { get; private set; }

    public Guid Create(Entity entity) => Count(() => _inner.Create(entity));

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Count(() => _inner.Retrieve(entityName, id, columnSet));

    public void Update(Entity entity) => Count(() => _inner.Update(entity));

    public void Delete(string entityName, Guid id) => Count(() => _inner.Delete(entityName, id));

    public OrganizationResponse Execute(OrganizationRequest request) => Count(() => _inner.Execute(request));

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Count(() => _inner.Associate(entityName, entityId, relationship, relatedEntities));

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Count(() => _inner.Disassociate(entityName, entityId, relationship, relatedEntities));

    public EntityCollection RetrieveMultiple(QueryBase query) => Count(() => _inner.RetrieveMultiple(query));

    private T Count<T>(Func<T> call)
    {
        Requests++;
        return call();
    }

    private void Count(Action call)
    {
        Requests++;
        call();
    }
}
