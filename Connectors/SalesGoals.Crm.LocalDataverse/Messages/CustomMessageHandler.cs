using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Pipeline;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>A message added by a test or the sandbox: its core operation is a delegate; steps registered on it run around it.</summary>
internal sealed class CustomMessageHandler(
    LocalDataverseEnvironment environment,
    string messageName,
    string? primaryEntityName,
    Func<LocalMessageExecution, OrganizationResponse> core) : IMessageHandler
{
    public string MessageName => messageName;

    public MessageTarget Describe(ParameterCollection input, Platform platform) =>
        input.TryGetValue("Target", out var t) && t is EntityReference target
            ? new MessageTarget(target.LogicalName, target.Id, false)
            : new MessageTarget(primaryEntityName, Guid.Empty, false);

    public OrganizationResponse Execute(MessageOperation operation)
    {
        var context = operation.Context;
        var service = new LocalOrganizationService(environment, new CallContext(context.UserId, context.InitiatingUserId, context, context.Depth));
        var response = core(new LocalMessageExecution(context, service, new LocalTracingService()));
        response.ResponseName ??= messageName;
        return response;
    }
}
