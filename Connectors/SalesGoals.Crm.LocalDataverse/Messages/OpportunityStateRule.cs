using SalesGoals.Crm.LocalDataverse.Faults;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>Dataverse closes an opportunity only through Win or Lose; Update and SetState to Won or Lost fail.</summary>
internal static class OpportunityStateRule
{
    public static void Check(string table, int? newState)
    {
        if (table != "opportunity" || newState is not (1 or 2))
        {
            return;
        }

        var closing = newState == 1 ? "won" : "lost";
        var message = newState == 1 ? "win" : "lose";
        throw DataverseFault.Create(ErrorCodes.CannotUseOpportunitySetStateMessage,
            $"This message can not be used to set the state of opportunity to {closing}. In order to set state of opportunity to {closing}, use the {message} message instead.");
    }
}
