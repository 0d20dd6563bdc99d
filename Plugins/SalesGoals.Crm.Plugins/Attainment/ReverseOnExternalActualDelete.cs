using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Delete of sg_externalactual, post-operation: the deleted deal's contributions are reversed.
/// An open deal never holds contributions (every change of state is synced), so it needs no ledger read.</summary>
public sealed class ReverseOnExternalActualDelete : PluginBase
{
    public const string PreImage = "PreImage";

    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000603", "Delete", X.LogicalName, StepRegistration.PostOperation)
            .WithImage(new StepImage(PreImage, StepImage.Pre, "Target", X.Fields.DealState));

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var state = context.Execution.PreEntityImages[PreImage].GetAttributeValue<OptionSetValue>(X.Fields.DealState)?.Value;
        if (state is X.Options.DealWon or X.Options.DealLost)
        {
            PluginServices.For(context).Attainment().Remove(X.LogicalName, context.Execution.PrimaryEntityId);
        }
    }
}
