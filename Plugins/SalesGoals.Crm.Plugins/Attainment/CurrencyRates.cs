using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Attainment;

/// <summary>
/// Exchange rates of transactioncurrency rows (units of the currency per unit of the base currency),
/// read once per currency per execution. A goal without a currency is in the base currency (rate 1).
/// </summary>
public sealed class CurrencyRates
{
    private readonly IOrganizationService _service;
    private readonly Dictionary<Guid, decimal> _rates = new();

    public CurrencyRates(IOrganizationService service) => _service = service;

    public decimal RateOf(Guid? currencyId)
    {
        if (!currencyId.HasValue)
        {
            return 1m;
        }

        if (!_rates.TryGetValue(currencyId.Value, out var rate))
        {
            var row = _service.Retrieve(PlatformTables.TransactionCurrency, currencyId.Value, new ColumnSet(PlatformTables.ExchangeRate));
            rate = row.GetAttributeValue<decimal?>(PlatformTables.ExchangeRate) ?? 1m;
            // Stryker disable once Equality,Conditional : Dataverse refuses an exchange rate outside 0.0000000001–100000000000
            // (so does the local Dataverse), so no row reaches the guard against 0; a positive rate is used as it is.
            _rates[currencyId.Value] = rate <= 0m ? 1m : rate;
        }

        return _rates[currencyId.Value];
    }
}
