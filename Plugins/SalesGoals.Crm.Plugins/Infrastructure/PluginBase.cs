using System;
using System.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Infrastructure;

/// <summary>
/// Base of every plug-in: builds a per-execution <see cref="LocalPluginContext"/>, runs the step and
/// turns engine rule failures into InvalidPluginExecutionException in the caller's UI language.
/// Every execution traces its entry, its exit with the duration, and any failure, each with the
/// correlation id, so an admin reading the plug-in trace log can follow one close through its steps.
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
        var execution = context.Execution;
        var name = GetType().Name;
        context.Trace(
            "{0} entered: {1} of {2} {3}, stage {4}, mode {5}, depth {6}, correlation {7}",
            name, execution.MessageName, execution.PrimaryEntityName, execution.PrimaryEntityId, execution.Stage, execution.Mode, execution.Depth, execution.CorrelationId);
        var watch = Stopwatch.StartNew();
        try
        {
            ExecuteStep(context);
            context.Trace("{0} exited after {1} ms, correlation {2}", name, watch.ElapsedMilliseconds, execution.CorrelationId);
        }
        catch (GoalRuleViolationException violation)
        {
            context.Trace("{0} rejected the operation after {1} ms, correlation {2}: {3}", name, watch.ElapsedMilliseconds, execution.CorrelationId, violation.Message);
            throw new InvalidPluginExecutionException(violation.Render(context.UserLanguage));
        }
        catch (Exception failure)
        {
            context.Trace("{0} failed after {1} ms, correlation {2}: {3}: {4}", name, watch.ElapsedMilliseconds, execution.CorrelationId, failure.GetType().FullName ?? failure.GetType().Name, failure.Message);
            throw;
        }
    }

    protected abstract void ExecuteStep(LocalPluginContext context);
}
