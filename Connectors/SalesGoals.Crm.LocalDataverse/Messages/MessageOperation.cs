using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Pipeline;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>What a handler's core operation sees: the context, the platform and a way to run nested messages.</summary>
internal sealed class MessageOperation(LocalPluginExecutionContext context, Platform platform, PipelineRunner pipeline, CallContext caller)
{
    public LocalPluginExecutionContext Context { get; } = context;

    public Platform Platform { get; } = platform;

    public CallContext Caller { get; } = caller;

    public ParameterCollection Input => Context.InputParameters;

    public Guid UserId => Context.UserId;

    public T Get<T>(string name) where T : class =>
        Input.TryGetValue(name, out var value) && value is T typed ? typed
        : throw Faults.DataverseFault.InvalidArgument($"Required field '{name}' is missing");

    /// <summary>Runs a message the platform issues itself (the opportunityclose a Win creates), through the pipeline, one level deeper.</summary>
    public OrganizationResponse RunNested(OrganizationRequest request) =>
        pipeline.Execute(request, new CallContext(UserId, Context.InitiatingUserId, Context, Context.Depth));

    /// <summary>Runs one record of a bulk message through its single message's pipeline (its steps run as for
    /// that message) at the bulk message's own depth, inside the bulk message's transaction.</summary>
    public OrganizationResponse RunPerRecord(OrganizationRequest request) =>
        pipeline.Execute(request, new CallContext(UserId, Context.InitiatingUserId, Context.ParentContext as LocalPluginExecutionContext, Context.Depth - 1));
}
