using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Zoho.Api;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Stage value → deal state, from Zoho's stage metadata (forecast_type Open, Closed Won,
/// Closed Lost). Stage names are editable and there may be several lost stages, so the name itself
/// is never interpreted.</summary>
public sealed class ZohoStageCatalog
{
    private readonly Dictionary<string, string> _forecastTypes;

    private ZohoStageCatalog(Dictionary<string, string> forecastTypes) => _forecastTypes = forecastTypes;

    public int Count => _forecastTypes.Count;

    /// <summary>From the Deals Stage field's pick list (settings/fields).</summary>
    public static ZohoStageCatalog FromStageField(ZohoField stageField) =>
        Build(stageField.PickListValues.Select(v => (v.ActualValue, v.DisplayValue, v.ForecastType)));

    /// <summary>From the pipelines of a layout (settings/pipeline): the union of every pipeline's stages.</summary>
    public static ZohoStageCatalog FromPipelines(IEnumerable<ZohoPipeline> pipelines) =>
        Build(pipelines.SelectMany(p => p.Maps).Select(m => (m.ActualValue, m.DisplayValue, m.ForecastType)));

    /// <summary>The deal state for a stage value, or null when the stage or its forecast type is unknown.</summary>
    public DealState? StateOf(string? stageValue)
    {
        if (stageValue is null || !_forecastTypes.TryGetValue(stageValue, out var forecastType))
        {
            return null;
        }

        return forecastType switch
        {
            "Open" => DealState.Open,
            "Closed Won" => DealState.Won,
            "Closed Lost" => DealState.Lost,
            _ => null,
        };
    }

    private static ZohoStageCatalog Build(IEnumerable<(string? Actual, string? Display, string? ForecastType)> stages)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (actual, display, forecastType) in stages)
        {
            if (forecastType is null)
            {
                continue;
            }

            // Records carry the actual value; the display value is accepted too, never over an actual one.
            if (actual is not null)
            {
                map[actual] = forecastType;
            }

            if (display is not null)
            {
                map.TryAdd(display, forecastType);
            }
        }

        return new ZohoStageCatalog(map);
    }
}
