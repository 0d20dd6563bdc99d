using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesGoals.Crm.LocalDataverse.Messages;

internal sealed class UpdateHandler : IMessageHandler
{
    public string MessageName => "Update";

    public MessageTarget Describe(ParameterCollection input, Platform platform)
    {
        var target = input.TryGetValue("Target", out var t) && t is Entity entity ? entity
            : throw Faults.DataverseFault.InvalidArgument("Required field 'Target' is missing");
        var table = platform.Metadata.Get(target.LogicalName);
        var id = target.Id != Guid.Empty ? target.Id
            : target.Attributes.TryGetValue(table.PrimaryIdAttribute, out var primary) && primary is Guid g ? g
            : platform.Keys.Resolve(table.LogicalName, Guid.Empty, target.KeyAttributes);
        return new MessageTarget(target.LogicalName, id, true);
    }

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var target = operation.Get<Entity>("Target");
        OpportunityStateRule.Check(target.LogicalName, target.GetAttributeValue<OptionSetValue>("statecode")?.Value);
        var behavior = operation.Input.TryGetValue("ConcurrencyBehavior", out var b) && b is ConcurrencyBehavior c ? c : ConcurrencyBehavior.Default;
        var platform = operation.Platform;
        var table = platform.Metadata.Get(target.LogicalName);
        var id = platform.Writer.RequireId(table, target.Id, target.KeyAttributes, target);
        if (target.Id == Guid.Empty)
        {
            target.Id = id;
        }

        operation.Context.PrimaryEntityId = id;
        platform.Writer.Update(target, operation.UserId, behavior);
        return new UpdateResponse();
    }
}
