using System.IO;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace SalesGoals.Crm.Cli.Plan.Reading;

/// <summary>YAML read into the same document shape as JSON (scalars stay text; the plan reader parses numbers and dates).</summary>
internal static class YamlDocument
{
    public static JsonNode? Read(TextReader text)
    {
        var stream = new YamlStream();
        stream.Load(text);
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => Map(map),
        YamlSequenceNode sequence => Sequence(sequence),
        YamlScalarNode scalar => scalar.Value is null || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "")
            ? null
            : JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonObject Map(YamlMappingNode map)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            result[((YamlScalarNode)key).Value ?? string.Empty] = Convert(value);
        }

        return result;
    }

    private static JsonArray Sequence(YamlSequenceNode sequence)
    {
        var result = new JsonArray();
        foreach (var item in sequence.Children)
        {
            result.Add(Convert(item));
        }

        return result;
    }
}
