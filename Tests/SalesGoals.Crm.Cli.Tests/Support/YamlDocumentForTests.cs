using System.IO;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace SalesGoals.Crm.Cli.Tests.Support;

/// <summary>Reads YAML into a JSON document (scalars as text), as the CLI does, so tests can edit the example plan.</summary>
internal static class YamlDocumentForTests
{
    public static JsonNode? Read(TextReader text)
    {
        var stream = new YamlStream();
        stream.Load(text);
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var result = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    result[((YamlScalarNode)key).Value!] = Convert(value);
                }

                return result;
            case YamlSequenceNode sequence:
                var list = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    list.Add(Convert(item));
                }

                return list;
            default:
                return JsonValue.Create(((YamlScalarNode)node).Value);
        }
    }
}
