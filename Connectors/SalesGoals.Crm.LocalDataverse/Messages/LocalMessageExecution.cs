using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>What a custom message handler gets: the inputs, the context and a service (as the caller) that joins the operation.</summary>
public sealed class LocalMessageExecution(IPluginExecutionContext context, IOrganizationService service, ITracingService tracing)
{
    public IPluginExecutionContext Context { get; } = context;

    public ParameterCollection InputParameters => Context.InputParameters;

    public IOrganizationService Service { get; } = service;

    public ITracingService Tracing { get; } = tracing;
}
