using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

/// <summary>The org details the connector uses (Zoho's org.json has many more).</summary>
public sealed class ZohoOrg
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("company_name")]
    public string? CompanyName { get; init; }

    /// <summary>The home currency's ISO 4217 code, e.g. <c>INR</c>: what a deal without a currency is in.</summary>
    [JsonPropertyName("iso_code")]
    public string? IsoCode { get; init; }

    /// <summary>The home currency's name, e.g. <c>US Dollar</c> (not a code).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    [JsonPropertyName("currency_symbol")]
    public string? CurrencySymbol { get; init; }

    [JsonPropertyName("currency_locale")]
    public string? CurrencyLocale { get; init; }

    /// <summary>Multi-currency on: then deals carry their own <c>Currency</c>.</summary>
    [JsonPropertyName("mc_status")]
    public bool? MultiCurrency { get; init; }

    [JsonPropertyName("time_zone")]
    public string? TimeZone { get; init; }
}
