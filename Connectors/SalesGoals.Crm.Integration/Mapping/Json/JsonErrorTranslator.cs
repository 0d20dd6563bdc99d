using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesGoals.Crm.Integration.Mapping.Json;

/// <summary>Turns the serializer's errors (which speak of .NET types) into sentences about the mapping file.</summary>
internal static partial class JsonErrorTranslator
{
    private static readonly Type[] DocumentTypes =
        [typeof(MappingDocument), typeof(ObjectMapDocument), typeof(FieldMapDocument), typeof(ValueMapDocument), typeof(UserMapDocument)];

    public static MappingJsonError Translate(JsonException exception)
    {
        var path = exception.Path ?? "$";
        int? line = exception.LineNumber is { } zeroBased ? (int)zeroBased + 1 : null;
        var property = LastPropertyName(path);
        var message = exception.Message;

        if (UnknownMemberPattern().Match(message) is { Success: true } unknown)
        {
            return new(path, line, $"unknown property '{property}'; allowed here: {AllowedProperties(unknown.Groups["type"].Value)}");
        }

        if (MissingRequiredPattern().Match(message) is { Success: true } missing)
        {
            return new(path, line, $"missing required property '{missing.Groups["name"].Value}'");
        }

        if (message.Contains("doesn't allow null", StringComparison.Ordinal) || message.Contains("null value", StringComparison.Ordinal))
        {
            return new(path, line, $"'{property}' must not be null");
        }

        if (message.Contains("Duplicate propert", StringComparison.Ordinal))
        {
            return new(path, line, $"'{property}' appears more than once in the same object");
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return new(path, line, $"'{property}' has the wrong type or value; expected {Expectation(property)}");
        }

        return new(path, line, "not valid JSON: " + StripPosition(message));
    }

    private static string Expectation(string property) => property switch
    {
        "version" => "the number 1",
        "system" => "one of " + string.Join(", ", ExternalSystem.Defined.Select(s => s.Name)),
        "userMatch" => "one of " + string.Join(", ", Enum.GetNames<UserMatchStrategy>()),
        "direction" => "one of " + string.Join(", ", Enum.GetNames<MappingDirection>()),
        "systemUserId" => "a GUID (the Dataverse systemuserid)",
        "objects" or "fields" or "valueMaps" or "users" => "a JSON array",
        "entries" => "a JSON object from external value to canonical value, both strings",
        _ => "a string",
    };

    private static string AllowedProperties(string typeName)
    {
        var type = DocumentTypes.FirstOrDefault(t => t.Name == typeName || t.FullName == typeName);
        return type is null
            ? "see the mapping file format"
            : string.Join(", ", MappingJsonOptions.Instance.GetTypeInfo(type).Properties.Select(p => p.Name));
    }

    private static string LastPropertyName(string path)
    {
        var quoted = path.LastIndexOf("['", StringComparison.Ordinal);
        if (path.EndsWith("']", StringComparison.Ordinal) && quoted >= 0)
        {
            return path[(quoted + 2)..^2];
        }

        var trimmed = path.EndsWith(']') ? path[..path.LastIndexOf('[')] : path;

        var dot = trimmed.LastIndexOf('.');
        return dot < 0 ? trimmed : trimmed[(dot + 1)..];
    }

    private static string StripPosition(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return cut < 0 ? message : message[..cut];
    }

    [GeneratedRegex("could not be mapped to any .NET member contained in type '(?<type>[^']+)'")]
    private static partial Regex UnknownMemberPattern();

    [GeneratedRegex("missing required properties including: '(?<name>[^']+)'")]
    private static partial Regex MissingRequiredPattern();
}
