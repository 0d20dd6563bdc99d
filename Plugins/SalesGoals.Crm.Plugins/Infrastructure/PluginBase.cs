using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>
/// Base of every plug-in: builds a per-execution <see cref="LocalPluginContext"/>, runs the step and
/// turns engine rule failures into InvalidPluginExecutionException in the caller's UI language.
/// Subclasses hold no per-call state: the platform caches one instance and calls it from many threads.
/// </summary>
public abstract class PluginBase : IPlugin
{
    protected PluginBase(string? unsecureConfiguration = null, string? secureConfiguration = null)
    {
        UnsecureConfiguration = unsecureConfiguration;
        _ = secureConfiguration;
    }

    protected string? UnsecureConfiguration { get; }

    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null)
        {
            throw new InvalidPluginExecutionException("The plug-in was called without a service provider.");
        }

        var context = new LocalPluginContext(serviceProvider, UnsecureConfiguration);
        try
        {
            ExecuteStep(context);
        }
        catch (GoalRuleViolationException violation)
        {
            context.Trace("{0} rejected the operation: {1}", GetType().Name, violation.Message);
            throw new InvalidPluginExecutionException(violation.Render(context.UserLanguage));
        }
    }

    protected abstract void ExecuteStep(LocalPluginContext context);
}
