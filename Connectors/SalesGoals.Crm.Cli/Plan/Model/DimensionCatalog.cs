using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.Cli.Plan.Model;

/// <summary>
/// The values of the global choices sg_productlines, sg_regions and sg_customersegments (Solution/OptionSets; a test
/// holds this list against them): a plan names a value by its English or Chinese label or by its option value.
/// </summary>
public static class DimensionCatalog
{
    private static readonly IReadOnlyDictionary<DimensionKind, (int Value, string English, string Chinese)[]> Values =
        new Dictionary<DimensionKind, (int, string, string)[]>
        {
            [DimensionKind.ProductLine] =
            [
                (100000000, "Hardware", "硬件"), (100000001, "Software", "软件"), (100000002, "Services", "服务"), (100000003, "Other", "其他"),
            ],
            [DimensionKind.Region] =
            [
                (100000000, "North China", "华北"), (100000001, "East China", "华东"), (100000002, "South China", "华南"),
                (100000003, "Central China", "华中"), (100000004, "Southwest", "西南"), (100000005, "Northwest", "西北"),
                (100000006, "Northeast", "东北"), (100000007, "Overseas", "海外"),
            ],
            [DimensionKind.Segment] =
            [
                (100000000, "Key Account", "大客户 (KA)"), (100000001, "Small and Medium Business", "中小企业 (SMB)"),
                (100000002, "Public Sector", "政企"), (100000003, "Channel Partner", "渠道伙伴"),
            ],
        };

    /// <summary>Every (value, English, Chinese) of a dimension.</summary>
    public static IReadOnlyList<(int Value, string English, string Chinese)> Of(DimensionKind kind) => Values[kind];

    /// <summary>The column of sg_goal holding the dimension.</summary>
    public static string Column(DimensionKind kind) => kind switch
    {
        DimensionKind.ProductLine => "sg_productline",
        DimensionKind.Region => "sg_region",
        DimensionKind.Segment => "sg_customersegment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryFind(DimensionKind kind, string text, out (int Value, string English, string Chinese) found)
    {
        var trimmed = (text ?? string.Empty).Trim();
        foreach (var entry in Values[kind])
        {
            if (string.Equals(entry.English, trimmed, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.Chinese, trimmed, StringComparison.Ordinal)
                || entry.Value.ToString(CultureInfo.InvariantCulture) == trimmed)
            {
                found = entry;
                return true;
            }
        }

        found = default;
        return false;
    }

    /// <summary>The labels, for "must be one of" messages.</summary>
    public static string Labels(DimensionKind kind) => string.Join(", ", Values[kind].Select(v => v.English));

    /// <summary>productLine / region / segment, as written in a plan.</summary>
    public static bool TryParseKind(string text, out DimensionKind kind)
    {
        switch ((text ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant())
        {
            case "PRODUCTLINE" or "产品线":
                kind = DimensionKind.ProductLine;
                return true;
            case "REGION" or "区域":
                kind = DimensionKind.Region;
                return true;
            case "SEGMENT" or "CUSTOMERSEGMENT" or "客户细分":
                kind = DimensionKind.Segment;
                return true;
            default:
                kind = default;
                return false;
        }
    }
}
