using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>Runs a Custom API's plug-in as its main operation (stage 30).</summary>
internal static class CustomApiRunner
{
    public static OrganizationResponse Run(LocalDataverseEnvironment environment, string uniqueName, IPlugin plugin, LocalPluginExecutionContext operation, CustomApiContract? contract = null)
    {
        contract?.CheckInputs(operation.InputParameters);
        var context = operation.ForStep(PipelineStage.MainOperation, StepMode.Synchronous, new EntityReference("customapi", Guid.Empty) { Name = uniqueName }, operation.UserId);
        var tracing = new LocalTracingService();
        try
        {
            plugin.Execute(new LocalServiceProvider(context, tracing, new PluginServiceFactory(environment, context), environment.NotificationService));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw PluginFaults.From(ex, string.Join(Environment.NewLine, tracing.Lines));
        }

        contract?.CheckOutputs(context.OutputParameters);
        return new OrganizationResponse { ResponseName = uniqueName };
    }
}
