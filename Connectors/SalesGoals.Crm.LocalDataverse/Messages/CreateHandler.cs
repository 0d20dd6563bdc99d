using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesGoals.Crm.LocalDataverse.Messages;

internal sealed class CreateHandler : IMessageHandler
{
    public string MessageName => "Create";

    public MessageTarget Describe(ParameterCollection input, Platform platform) =>
        input.TryGetValue("Target", out var t) && t is Entity target
            ? new MessageTarget(target.LogicalName, target.Id, true)
            : throw Faults.DataverseFault.InvalidArgument("Required field 'Target' is missing");

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var target = operation.Get<Entity>("Target");
        var id = operation.Platform.Writer.Create(target, operation.UserId);
        target.Id = id;
        operation.Context.PrimaryEntityId = id;
        var response = new CreateResponse();
        response.Results["id"] = id;
        return response;
    }
}
