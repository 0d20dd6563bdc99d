using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Base of the adjustment steps: workflow rule failures reach the caller in their language.</summary>
public abstract class AdjustmentStepBase : PluginBase
{
    protected sealed override void ExecuteStep(LocalPluginContext context)
    {
        // Read before any write: once a write fails, the transaction is over and no further read is
        // possible, yet the rejection must still be told in the caller's language.
        _ = context.UserLanguage;
        try
        {
            Run(context);
        }
        catch (AdjustmentRejectedException rejected)
        {
            context.Trace("{0} rejected the operation: {1}", GetType().Name, rejected.Message);
            throw new InvalidPluginExecutionException(rejected.Render(context.UserLanguage));
        }
    }

    protected abstract void Run(LocalPluginContext context);
}
