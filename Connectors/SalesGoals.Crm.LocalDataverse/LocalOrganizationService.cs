using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Pipeline;

namespace SalesGoals.Crm.LocalDataverse;

/// <summary>
/// IOrganizationService over the local Dataverse. Every call runs the plug-in pipeline; calls are
/// serialized by the environment's lock (the store is shared between threads).
/// </summary>
internal sealed class LocalOrganizationService(LocalDataverseEnvironment environment, CallContext caller) : IOrganizationService
{
    public Guid Create(Entity entity)
    {
        var response = Execute(new CreateRequest { Target = entity });
        return (Guid)response.Results["id"];
    }

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        (Entity)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet }).Results["Entity"];

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public OrganizationResponse Execute(OrganizationRequest request) => environment.Execute(request, caller);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        (EntityCollection)Execute(new RetrieveMultipleRequest { Query = query }).Results["EntityCollection"];
}
