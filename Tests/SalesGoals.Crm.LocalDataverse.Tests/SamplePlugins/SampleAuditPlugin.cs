using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.SamplePlugins;

/// <summary>Sample step of SampleSolution/: PostOperation Update of sg_sample (filtered on sg_amount) traces the change from its pre-image.</summary>
public sealed class SampleAuditPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var before = context.PreEntityImages["pre"].GetAttributeValue<Money>("sg_amount")?.Value;
        var after = ((Entity)context.InputParameters["Target"]).GetAttributeValue<Money>("sg_amount")?.Value;
        tracing.Trace("sg_amount {0} -> {1}", Format(before), Format(after));
    }

    private static string Format(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "null";
}
