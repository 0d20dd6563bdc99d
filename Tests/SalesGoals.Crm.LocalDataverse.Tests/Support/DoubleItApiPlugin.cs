using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.Support;

/// <summary>A Custom API plug-in: Result = Value × 2; with Mode = "stray" it also sets an undeclared output.</summary>
public sealed class DoubleItApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.OutputParameters["Result"] = (int)context.InputParameters["Value"] * 2;
        if (context.InputParameters.Contains("Mode") && (string)context.InputParameters["Mode"] == "stray")
        {
            context.OutputParameters["Undeclared"] = true;
        }
    }
}
