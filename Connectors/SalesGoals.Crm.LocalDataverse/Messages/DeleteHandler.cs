using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>Delete. Cascades (child rows, intersect rows) are not emulated.</summary>
internal sealed class DeleteHandler : IMessageHandler
{
    public string MessageName => "Delete";

    public MessageTarget Describe(ParameterCollection input, Platform platform)
    {
        var target = input.TryGetValue("Target", out var t) && t is EntityReference reference ? reference
            : throw Faults.DataverseFault.InvalidArgument("Required field 'Target' is missing");
        return new MessageTarget(target.LogicalName, platform.Keys.Resolve(target.LogicalName, target.Id, target.KeyAttributes), true);
    }

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var target = operation.Get<EntityReference>("Target");
        var behavior = operation.Input.TryGetValue("ConcurrencyBehavior", out var b) && b is ConcurrencyBehavior c ? c : ConcurrencyBehavior.Default;
        operation.Platform.Writer.Delete(target, behavior, target.RowVersion);
        return new DeleteResponse();
    }
}
