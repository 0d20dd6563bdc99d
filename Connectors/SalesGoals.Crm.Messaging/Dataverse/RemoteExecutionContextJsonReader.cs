using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>
/// Reads the JSON a Dataverse service endpoint (message format 2, JSON) or webhook posts: WCF DataContract
/// JSON with key/value lists, <c>__type</c> hints ("Entity:http://schemas.microsoft.com/xrm/2011/Contracts")
/// and <c>/Date(…)/</c> dates.
/// </summary>
public static class RemoteExecutionContextJsonReader
{
    private const int MaxParentDepth = 16;

    public static RemoteContext Read(ReadOnlySpan<byte> json)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json.ToArray());
            return ReadContext(document.RootElement, 0);
        }
        catch (JsonException exception)
        {
            throw new DataverseFormatException($"The RemoteExecutionContext is not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Dataverse serialises an unset <c>OperationCreatedOn</c> as <c>DateTime.MinValue</c>
    /// (<c>/Date(-62135596800000+0000)/</c>): that means "absent", not 0001-01-01.
    /// </summary>
    private static DateTimeOffset? OperationCreatedOn(JsonElement context) =>
        WcfJsonDate.TryParse(String(context, "OperationCreatedOn"), out DateTimeOffset created) && created.UtcDateTime != DateTime.MinValue
            ? created
            : null;

    private static RemoteContext ReadContext(JsonElement context, int depth)
    {
        if (context.ValueKind != JsonValueKind.Object)
        {
            throw new DataverseFormatException("The RemoteExecutionContext must be a JSON object.");
        }

        if (depth > MaxParentDepth)
        {
            throw new DataverseFormatException("ParentContext nests too deeply.");
        }

        string messageName = String(context, "MessageName") ?? throw new DataverseFormatException("MessageName is missing.");
        return new RemoteContext
        {
            MessageName = messageName,
            PrimaryEntityName = String(context, "PrimaryEntityName") ?? throw new DataverseFormatException("PrimaryEntityName is missing."),
            PrimaryEntityId = Guid(context, "PrimaryEntityId"),
            SecondaryEntityName = String(context, "SecondaryEntityName"),
            Stage = Int(context, "Stage"),
            Mode = Int(context, "Mode"),
            Depth = Int(context, "Depth"),
            UserId = Guid(context, "UserId"),
            InitiatingUserId = Guid(context, "InitiatingUserId"),
            BusinessUnitId = Guid(context, "BusinessUnitId"),
            CorrelationId = Guid(context, "CorrelationId"),
            RequestId = context.TryGetProperty("RequestId", out JsonElement request) && request.ValueKind == JsonValueKind.String ? ParseGuid(request, "RequestId") : null,
            OperationId = Guid(context, "OperationId"),
            OperationCreatedOn = OperationCreatedOn(context),
            OrganizationId = Guid(context, "OrganizationId"),
            OrganizationName = String(context, "OrganizationName"),
            IsInTransaction = context.TryGetProperty("IsInTransaction", out JsonElement transaction) && transaction.ValueKind == JsonValueKind.True,
            InputParameters = Parameters(context, "InputParameters"),
            OutputParameters = Parameters(context, "OutputParameters"),
            SharedVariables = Parameters(context, "SharedVariables"),
            PreEntityImages = Images(context, "PreEntityImages"),
            PostEntityImages = Images(context, "PostEntityImages"),
            ParentContext = context.TryGetProperty("ParentContext", out JsonElement parent) && parent.ValueKind == JsonValueKind.Object
                ? ReadContext(parent, depth + 1)
                : null,
        };
    }

    private static Dictionary<string, object?> Parameters(JsonElement context, string name)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach ((string key, JsonElement value) in KeyValues(context, name))
        {
            result[key] = Value(value, $"{name}[{key}]");
        }

        return result;
    }

    private static Dictionary<string, DataverseEntity> Images(JsonElement context, string name)
    {
        var result = new Dictionary<string, DataverseEntity>(StringComparer.Ordinal);
        foreach ((string key, JsonElement value) in KeyValues(context, name))
        {
            result[key] = Entity(value, $"{name}[{key}]");
        }

        return result;
    }

    /// <summary>WCF serializes dictionaries as <c>[{"key":…,"value":…}]</c>.</summary>
    private static IEnumerable<(string Key, JsonElement Value)> KeyValues(JsonElement owner, string name)
    {
        if (!owner.TryGetProperty(name, out JsonElement list) || list.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new DataverseFormatException($"{name} must be a list of key/value pairs.");
        }

        foreach (JsonElement pair in list.EnumerateArray())
        {
            if (pair.ValueKind != JsonValueKind.Object || !pair.TryGetProperty("key", out JsonElement key) || key.ValueKind != JsonValueKind.String)
            {
                throw new DataverseFormatException($"{name} has an entry without a string 'key'.");
            }

            yield return (key.GetString()!, pair.TryGetProperty("value", out JsonElement value) ? value : default);
        }
    }

    private static object? Value(JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Undefined:
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            case JsonValueKind.String:
                string text = value.GetString()!;
                return WcfJsonDate.TryParse(text, out DateTimeOffset date) ? date : text;
            case JsonValueKind.Number:
                if (value.TryGetInt32(out int small))
                {
                    return small;
                }

                if (value.TryGetInt64(out long large))
                {
                    return large;
                }

                return value.GetDecimal();
            case JsonValueKind.Array:
                var items = new List<object?>();
                int index = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    items.Add(Value(item, $"{path}[{index++}]"));
                }

                return items;
            default:
                return Typed(value, path);
        }
    }

    /// <summary>Objects carry their contract in <c>__type</c> ("Money:http://schemas.microsoft.com/xrm/2011/Contracts").</summary>
    private static object Typed(JsonElement value, string path)
    {
        string type = String(value, "__type") is { } hint ? hint.Split(':')[0] : InferType(value);
        return type switch
        {
            "Entity" => Entity(value, path),
            "EntityReference" => new DataverseEntityReference(
                String(value, "LogicalName") ?? throw new DataverseFormatException($"{path}: EntityReference without LogicalName."),
                Guid(value, "Id"), String(value, "Name")),
            "Money" => new DataverseMoney(Number(value, path)),
            "OptionSetValue" => new DataverseOptionSetValue((int)Number(value, path)),
            "EntityCollection" => new DataverseEntityCollection(String(value, "EntityName"), EntityList(value, path)),
            "OptionSetValueCollection" => value.TryGetProperty("Value", out JsonElement options) ? Value(options, path)! : new List<object?>(),
            _ => throw new DataverseFormatException($"{path}: the value type '{type}' is not understood."),
        };
    }

    private static string InferType(JsonElement value) =>
        value.TryGetProperty("Attributes", out _) ? "Entity"
        : value.TryGetProperty("Entities", out _) ? "EntityCollection"
        : value.TryGetProperty("LogicalName", out _) && value.TryGetProperty("Id", out _) ? "EntityReference"
        : "unknown";

    private static DataverseEntity Entity(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new DataverseFormatException($"{path}: an entity must be an object.");
        }

        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach ((string key, JsonElement attribute) in KeyValues(value, "Attributes"))
        {
            attributes[key] = Value(attribute, $"{path}.{key}");
        }

        var formatted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string key, JsonElement text) in KeyValues(value, "FormattedValues"))
        {
            formatted[key] = text.ValueKind == JsonValueKind.String ? text.GetString()! : text.ToString();
        }

        return new DataverseEntity(String(value, "LogicalName") ?? throw new DataverseFormatException($"{path}: entity without LogicalName."),
            Guid(value, "Id"), attributes, formatted);
    }

    private static List<DataverseEntity> EntityList(JsonElement value, string path)
    {
        var entities = new List<DataverseEntity>();
        if (value.TryGetProperty("Entities", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement entity in list.EnumerateArray())
            {
                entities.Add(Entity(entity, $"{path}.Entities[{entities.Count}]"));
            }
        }

        return entities;
    }

    private static decimal Number(JsonElement value, string path) =>
        value.TryGetProperty("Value", out JsonElement number) && number.ValueKind == JsonValueKind.Number
            ? number.GetDecimal()
            : throw new DataverseFormatException($"{path}: expected a numeric Value.");

    private static string? String(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;

    private static Guid Guid(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? ParseGuid(value, name)
            : System.Guid.Empty;

    private static Guid ParseGuid(JsonElement value, string name) =>
        System.Guid.TryParse(value.GetString(), CultureInfo.InvariantCulture, out Guid id)
            ? id
            : throw new DataverseFormatException($"{name} is not a GUID: '{value.GetString()}'.");
}
