using System;
using System.Collections.Generic;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>An <see cref="ExternalDeal"/> as canonical field values, ready to be written back through an object map.</summary>
public static class CanonicalDeal
{
    public static IReadOnlyDictionary<string, object> From(ExternalDeal deal)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
        {
            [CanonicalDealField.Amount] = deal.Amount,
            [CanonicalDealField.State] = deal.State.ToString(),
            [CanonicalDealField.ModifiedOn] = deal.ModifiedOn,
        };
        Put(values, CanonicalDealField.Name, deal.Name);
        Put(values, CanonicalDealField.Currency, deal.CurrencyCode);
        Put(values, CanonicalDealField.ExchangeRate, deal.ExchangeRate);
        Put(values, CanonicalDealField.Stage, deal.StageValue);
        Put(values, CanonicalDealField.CloseDate, deal.CloseDate);
        Put(values, CanonicalDealField.CreatedOn, deal.CreatedOn);
        Put(values, CanonicalDealField.Probability, deal.Probability);
        Put(values, CanonicalDealField.Owner, deal.OwnerExternalId is { } owner ? new ExternalUserRef(owner, deal.OwnerEmail, deal.OwnerName) : null);
        Put(values, CanonicalDealField.Account, deal.AccountExternalId is { } account ? new ExternalLookupRef(account, deal.AccountName) : null);
        foreach (var (dimension, value) in deal.Dimensions)
        {
            values[dimension] = value;
        }

        return values;
    }

    private static void Put(Dictionary<string, object> values, string field, object? value)
    {
        if (value is not null)
        {
            values[field] = value;
        }
    }
}
