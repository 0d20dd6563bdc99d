using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Sandbox;

/// <summary>The goal engine's metric presets as sg_metric rows (the plug-ins find a goal's metric by its code; the
/// table and columns of its source come from the plug-ins' <see cref="MetricSourceMap"/>).</summary>
internal static class MetricRows
{
    public static Entity From(MetricDefinition metric)
    {
        var days = metric.Numerator.Kind == MeasureKind.DurationDays;
        var source = MetricSourceMap.For(metric.Source);
        return new Entity("sg_metric")
        {
            ["sg_name"] = metric.NameEnglish,
            ["sg_code"] = metric.Code,
            ["sg_aggregate"] = new OptionSetValue(metric.Kind switch
            {
                MetricKind.Amount => SchemaValues.AggregateSum,
                MetricKind.Count => SchemaValues.AggregateCount,
                _ => days ? SchemaValues.AggregateAverageDays : SchemaValues.AggregateRatio,
            }),
            ["sg_unit"] = new OptionSetValue(metric.Kind switch
            {
                MetricKind.Amount => SchemaValues.UnitAmount,
                MetricKind.Count => SchemaValues.UnitCount,
                _ when days => SchemaValues.UnitDays,
                _ when metric.Numerator.Kind == MeasureKind.Amount => SchemaValues.UnitAmount,
                _ => SchemaValues.UnitPercent,
            }),
            ["sg_sourcetable"] = source.Table,
            ["sg_datecolumn"] = source.DateColumn,
            ["sg_ownercolumn"] = source.OwnerColumn,
            ["sg_amountcolumn"] = metric.Numerator.Kind == MeasureKind.Amount ? source.AmountColumn : null,
            ["sg_statefilter"] = string.Join(",", metric.Numerator.States),
            ["sg_iscount"] = metric.Kind == MetricKind.Count,
            ["sg_includeexternal"] = metric.ReadsFrom(SourceKind.ExternalDeal),
            ["sg_ispreset"] = true,
            ["sg_description"] = metric.NameChinese,
        };
    }

    public static Entity[] All() => MetricPresets.All.Select(From).ToArray();
}
