using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Integration;

/// <summary>Writes a system as its name ("Zoho"), as the enum it replaced was written, and reads a defined name back.</summary>
public sealed class ExternalSystemJsonConverter : JsonConverter<ExternalSystem>
{
    public override ExternalSystem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && ExternalSystem.TryParse(reader.GetString(), out var system)
            ? system
            : throw new JsonException(); // no message: the serializer's own "could not be converted" one, with the path, is what readers translate

    public override void Write(Utf8JsonWriter writer, ExternalSystem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Name);
    }
}
