using System.Globalization;
using System.Linq;

namespace SalesGoals.Crm.Plugins.Schema;

/// <summary>Table sg_seasonalityprofile: one weight per month, sg_weight01 (January) … sg_weight12.</summary>
public static class SgSeasonalityProfile
{
    public const string LogicalName = "sg_seasonalityprofile";

    /// <summary>The twelve weight columns, January first.</summary>
    public static readonly string[] WeightFields =
        Enumerable.Range(1, 12).Select(m => "sg_weight" + m.ToString("00", CultureInfo.InvariantCulture)).ToArray();
}
