using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Applies an approved adjustment in the approval's transaction: all lines or none.</summary>
public interface IAdjustmentApplier
{
    /// <param name="context">The approval's post-operation context (the apply marks it, see <see cref="ApprovedAdjustmentGate"/>).</param>
    void Apply(IPluginExecutionContext context);
}
