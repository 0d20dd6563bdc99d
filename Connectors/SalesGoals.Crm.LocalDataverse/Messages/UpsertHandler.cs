using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>Upsert by id or alternate key: an Update when the row exists, else a Create (each through its own pipeline, one level deeper).</summary>
internal sealed class UpsertHandler : IMessageHandler
{
    public string MessageName => "Upsert";

    public MessageTarget Describe(ParameterCollection input, Platform platform)
    {
        var target = input.TryGetValue("Target", out var t) && t is Entity entity ? entity
            : throw Faults.DataverseFault.InvalidArgument("Required field 'Target' is missing");
        return new MessageTarget(target.LogicalName, target.Id, false);
    }

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var target = operation.Get<Entity>("Target");
        var platform = operation.Platform;
        var table = platform.Metadata.Get(target.LogicalName);
        var id = platform.Keys.Resolve(table.LogicalName, target.Id, target.KeyAttributes);
        var exists = id != Guid.Empty && platform.Store.Table(table.LogicalName).Get(id) is not null;
        if (exists)
        {
            target.Id = id;
            operation.RunNested(new UpdateRequest { Target = target });
        }
        else
        {
            foreach (var key in target.KeyAttributes)
            {
                target[key.Key] = key.Value;
            }

            target.KeyAttributes.Clear();
            var created = (CreateResponse)operation.RunNested(new CreateRequest { Target = target });
            id = created.id;
        }

        operation.Context.PrimaryEntityId = id;
        var response = new UpsertResponse();
        response.Results["RecordCreated"] = !exists;
        response.Results["Target"] = new EntityReference(table.LogicalName, id);
        return response;
    }
}
