using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Storage;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>
/// Dataverse ends the whole transaction when a service call made inside it fails, so a plug-in cannot
/// swallow the failure: the next call in that transaction fails with 0x80040251, and the plug-in that
/// caught the failure fails with 0x8009000C as soon as it returns ("Troubleshoot plug-ins: transaction errors").
/// </summary>
internal static class TransactionFaults
{
    public static void ThrowIfDoomed(Transaction transaction)
    {
        if (transaction.IsDoomed)
        {
            throw DataverseFault.Create(ErrorCodes.NoActiveTransaction,
                "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");
        }
    }

    /// <summary>After a plug-in returned normally: fails it if a service call failed during its run.</summary>
    public static void ThrowIfSwallowed(Transaction? transaction, bool doomedBefore)
    {
        if (transaction is { IsDoomed: true } && !doomedBefore)
        {
            throw DataverseFault.Create(ErrorCodes.IsvReducedOpenTransactionCount,
                "ISV code reduced the open transaction count. Custom plug-ins should not catch exceptions from OrganizationService calls and continue processing.");
        }
    }
}
