using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Messages;

internal sealed class AssignHandler : IMessageHandler
{
    public string MessageName => "Assign";

    public MessageTarget Describe(ParameterCollection input, Platform platform) =>
        input.TryGetValue("Target", out var t) && t is EntityReference target
            ? new MessageTarget(target.LogicalName, target.Id, true)
            : throw Faults.DataverseFault.InvalidArgument("Required field 'Target' is missing");

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var target = operation.Get<EntityReference>("Target");
        var assignee = operation.Get<EntityReference>("Assignee");
        var update = new Entity(target.LogicalName, target.Id) { ["ownerid"] = assignee };
        operation.Platform.Writer.Update(update, operation.UserId, ConcurrencyBehavior.Default);
        return new AssignResponse();
    }
}
