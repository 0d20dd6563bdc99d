using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Reads the OpportunityClose input parameter of Win and Lose.</summary>
public static class OpportunityCloseInput
{
    public const string ParameterName = "OpportunityClose";

    public static Guid OpportunityId(LocalPluginContext context)
    {
        var close = context.Execution.InputParameters.Contains(ParameterName) ? context.Execution.InputParameters[ParameterName] as Entity : null;
        return close?.GetAttributeValue<EntityReference>(OpportunityTable.Close.OpportunityId)?.Id
            ?? throw new InvalidPluginExecutionException("The OpportunityClose parameter names no opportunity.");
    }
}
