using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.SamplePlugins;

/// <summary>Sample step of SampleSolution/: PreOperation Create of sg_sample sets sg_count to the step's configuration when absent.</summary>
public sealed class SampleDefaultsPlugin : IPlugin
{
    private readonly int _defaultCount;

    public SampleDefaultsPlugin(string unsecureConfiguration, string secureConfiguration)
    {
        _defaultCount = int.Parse(unsecureConfiguration, System.Globalization.CultureInfo.InvariantCulture);
        _ = secureConfiguration;
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var target = (Entity)context.InputParameters["Target"];
        if (!target.Contains("sg_count"))
        {
            target["sg_count"] = _defaultCount;
        }
    }
}
