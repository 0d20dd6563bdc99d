using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Dataverse.WebApi.Tests.Support;

/// <summary>Builds external-actual records for tests.</summary>
internal static class Deals
{
    public static ExternalActualRecord Deal(int number, Guid currencyId, ExternalSystem? system = null, decimal amount = 1000m) => new()
    {
        System = system ?? ExternalSystem.Zoho,
        ExternalId = "D-" + number.ToString("D5", CultureInfo.InvariantCulture),
        Name = $"Deal {number}",
        ExternalObject = "Deals",
        Amount = amount,
        CurrencyCode = "CNY",
        CurrencyId = currencyId,
        State = DealState.Won,
        Stage = "Closed Won",
        CloseDate = new DateOnly(2026, 3, 1).AddDays(number % 200),
        Probability = 100,
    };

    public static List<ExternalActualRecord> Many(int count, Guid currencyId, int start = 0) =>
        Enumerable.Range(start, count).Select(i => Deal(i, currencyId)).ToList();
}
