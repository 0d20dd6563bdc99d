using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>A step with its plug-in instance (created once and shared, as Dataverse caches plug-in instances).</summary>
internal sealed record RegisteredStep(StepDefinition Definition, IPlugin Plugin)
{
    public EntityReference Reference => new("sdkmessageprocessingstep", Definition.Id) { Name = Definition.Name };
}
