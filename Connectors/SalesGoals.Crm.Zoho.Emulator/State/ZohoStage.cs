namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>A Deals stage: its value, forecast type (Open, Closed Won, Closed Lost) and category.</summary>
public sealed record ZohoStage(string Value, string ForecastType, int Probability, string? DisplayValue = null)
{
    public const string Open = "Open";
    public const string ClosedWon = "Closed Won";
    public const string ClosedLost = "Closed Lost";

    public string Display => DisplayValue ?? Value;

    public string ForecastCategory => ForecastType switch
    {
        ClosedWon => "Closed",
        ClosedLost => "Omitted",
        _ => "Pipeline",
    };
}
