using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Worker.Tests.Support;

/// <summary>Reads a money value as a vendor stores it: a JSON number (Zoho) or a decimal string (Fenxiang).</summary>
internal static class JsonNumbers
{
    public static decimal Decimal(JsonNode? node) => node!.GetValueKind() == JsonValueKind.String
        ? decimal.Parse(node.GetValue<string>(), NumberStyles.Number, CultureInfo.InvariantCulture)
        : node.GetValue<decimal>();
}
