using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>A rep's won-revenue actual recalculated from scratch: their Dataverse wins plus every won sg_externalactual
/// row they own in the period, each converted to CNY as the platform does (÷ rate to 4 places, then 2).</summary>
internal static class Recalculation
{
    public static async Task<decimal> RepActualAsync(SandboxHost sandbox, Guid rep)
    {
        var seed = sandbox.Seed;
        var rows = await sandbox.Dataverse.GetExternalActualsAsync(CancellationToken.None);
        var external = rows
            .Where(r => r.OwnerUserId == rep && r.State == DealState.Won && r.CloseDate >= seed.PeriodStart && r.CloseDate <= seed.PeriodEnd)
            .Sum(r => Math.Round(Math.Round(r.Amount / seed.ExchangeRates[r.CurrencyCode], 4), 2, MidpointRounding.AwayFromZero));
        return seed.DataverseWins.Where(w => w.OwnerId == rep).Sum(w => w.Amount) + external;
    }
}
