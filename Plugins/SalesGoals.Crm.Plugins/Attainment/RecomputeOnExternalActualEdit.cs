using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual.Fields;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>Update of an external actual's counted columns (state, owner, amount, currency, dates,
/// dimensions, new-customer), post-operation: its contributions are recomputed (reverse old, apply new).</summary>
public sealed class RecomputeOnExternalActualEdit : PluginBase
{
    public static StepRegistration Step =>
        new StepRegistration("5b0c2f01-7a41-4c51-9a10-000000000602", "Update", SgExternalActual.LogicalName, StepRegistration.PostOperation)
            .Filtering(
                X.StateCode, X.OwnerUserId, X.Amount, X.CurrencyId, X.DealState, X.CloseDate, X.CreatedDate,
                X.ProductLine, X.Region, X.CustomerSegment, X.IsNewCustomer);

    protected override void ExecuteStep(LocalPluginContext context) =>
        PluginServices.For(context).Attainment().Sync(SgExternalActual.LogicalName, context.Execution.PrimaryEntityId);
}
