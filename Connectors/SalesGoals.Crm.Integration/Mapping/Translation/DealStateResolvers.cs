using System;
using System.Collections.Generic;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>The two ways vendors tell a deal's state.</summary>
public static class DealStateResolvers
{
    /// <summary>Fenxiang and any system whose state sits in a field of its own: the canonical <c>state</c> value,
    /// already translated to Open/Won/Lost through the stage value map.</summary>
    public static DealStateResolver FromStateField { get; } = (canonical, _) =>
        canonical.TryGetValue(CanonicalDealField.State, out var value) && value is string text
            && Enum.TryParse<DealState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state)
            ? state
            : null;

    /// <summary>Zoho: the stage's forecast type from the pipeline / Stage pick list metadata
    /// (<c>Open</c>, <c>Closed Won</c>, <c>Closed Lost</c>), keyed by the stage's actual value. Stage names are
    /// editable and several stages may be lost, so the label itself is never used.</summary>
    public static DealStateResolver FromStageForecastTypes(IReadOnlyDictionary<string, string> forecastTypeByStage)
    {
        var lookup = new Dictionary<string, string>(forecastTypeByStage, StringComparer.Ordinal);
        return (canonical, _) =>
            canonical.TryGetValue(CanonicalDealField.Stage, out var stage) && stage is string name && lookup.TryGetValue(name, out var forecastType)
                ? forecastType.Trim() switch
                {
                    "Open" => DealState.Open,
                    "Closed Won" => DealState.Won,
                    "Closed Lost" => DealState.Lost,
                    _ => null,
                }
                : null;
    }
}
