using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>Associate / Disassociate through the relationship catalog (intersect rows, or the lookup of a one-to-many).</summary>
internal sealed class AssociateHandler(string messageName) : IMessageHandler
{
    public RelationshipCatalog? Relationships { get; set; }

    public string MessageName => messageName;

    public MessageTarget Describe(ParameterCollection input, Platform platform) =>
        input.TryGetValue("Target", out var t) && t is EntityReference target
            ? new MessageTarget(target.LogicalName, target.Id, false)
            : throw DataverseFault.InvalidArgument("Required field 'Target' is missing");

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var target = operation.Get<EntityReference>("Target");
        var relationship = operation.Get<Relationship>("Relationship");
        var related = operation.Get<EntityReferenceCollection>("RelatedEntities");
        var definition = Relationships?.Find(relationship.SchemaName)
            ?? throw DataverseFault.InvalidArgument($"The relationship '{relationship.SchemaName}' is not known to the local Dataverse; register it with Relationships.Register.");
        foreach (var other in related)
        {
            var (first, second) = target.LogicalName == definition.Entity1 ? (target, other) : (other, target);
            Require(operation.Platform, first);
            Require(operation.Platform, second);
            if (definition.IntersectTable is { } intersect)
            {
                Intersect(operation, definition, intersect, first, second);
            }
            else
            {
                var value = messageName == "Associate" ? new EntityReference(first.LogicalName, first.Id) : null;
                operation.Platform.Writer.Update(new Entity(second.LogicalName, second.Id) { [definition.ReferencingAttribute!] = value }, operation.UserId, ConcurrencyBehavior.Default);
            }
        }

        return messageName == "Associate" ? new AssociateResponse() : new DisassociateResponse();
    }

    private void Intersect(MessageOperation operation, RelationshipDefinition definition, string intersect, EntityReference first, EntityReference second)
    {
        var rows = operation.Platform.Store.Table(intersect);
        var existing = rows.Lookup(definition.Entity1IntersectAttribute, first.Id)
            .Where(id => rows.Get(id)?.GetAttributeValue<Guid?>(definition.Entity2IntersectAttribute) == second.Id).ToList();
        if (messageName == "Disassociate")
        {
            foreach (var id in existing)
            {
                operation.Platform.Store.Write(intersect, id, null);
            }

            return;
        }

        if (existing.Count > 0)
        {
            throw DataverseFault.DuplicateKey();
        }

        operation.Platform.Writer.Create(new Entity(intersect)
        {
            [definition.Entity1IntersectAttribute] = first.Id,
            [definition.Entity2IntersectAttribute] = second.Id,
        }, operation.UserId);
    }

    private static void Require(Platform platform, EntityReference reference)
    {
        if (platform.Store.Table(reference.LogicalName).Get(reference.Id) is null)
        {
            platform.Metadata.Get(reference.LogicalName);
            throw DataverseFault.RecordNotFound(reference.LogicalName, reference.Id);
        }
    }
}
