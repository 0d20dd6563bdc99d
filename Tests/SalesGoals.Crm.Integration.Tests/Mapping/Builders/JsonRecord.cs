using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Builders;

/// <summary>Parses a vendor record the way the adapters hand it over: a dictionary of JSON values.</summary>
public static class JsonRecord
{
    public static Dictionary<string, JsonElement> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    public static Dictionary<string, JsonElement> Without(this IReadOnlyDictionary<string, JsonElement> record, params string[] fields) =>
        record.Where(p => !fields.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value);

    public static void AssertSameFields(IReadOnlyDictionary<string, JsonElement> expected, IReadOnlyDictionary<string, JsonElement> actual)
    {
        CollectionAssert.AreEquivalent(expected.Keys.ToList(), actual.Keys.ToList(), "written fields");
        foreach (var (field, value) in expected)
        {
            Assert.IsTrue(JsonElement.DeepEquals(value, actual[field]), $"{field}: expected {value.GetRawText()} but wrote {actual[field].GetRawText()}");
        }
    }
}
