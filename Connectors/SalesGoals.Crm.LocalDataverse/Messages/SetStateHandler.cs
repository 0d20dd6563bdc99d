using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>SetState (steps registered on SetStateDynamicEntity run too). Status -1 means the state's default status.</summary>
internal sealed class SetStateHandler : IMessageHandler
{
    public string MessageName => "SetState";

    public MessageTarget Describe(ParameterCollection input, Platform platform) =>
        input.TryGetValue("EntityMoniker", out var t) && t is EntityReference target
            ? new MessageTarget(target.LogicalName, target.Id, true)
            : throw Faults.DataverseFault.InvalidArgument("Required field 'EntityMoniker' is missing");

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var target = operation.Get<EntityReference>("EntityMoniker");
        var state = operation.Get<OptionSetValue>("State");
        var status = operation.Input.TryGetValue("Status", out var s) ? s as OptionSetValue : null;
        OpportunityStateRule.Check(target.LogicalName, state.Value);
        var update = new Entity(target.LogicalName, target.Id) { ["statecode"] = new OptionSetValue(state.Value) };
        if (status is not null && status.Value != -1)
        {
            update["statuscode"] = new OptionSetValue(status.Value);
        }

        operation.Platform.Writer.Update(update, operation.UserId, ConcurrencyBehavior.Default);
        return new SetStateResponse();
    }
}
