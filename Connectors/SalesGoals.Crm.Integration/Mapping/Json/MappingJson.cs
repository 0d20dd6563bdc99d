using System.Linq;
using System.Text.Json;

namespace SalesGoals.Crm.Integration.Mapping.Json;

/// <summary>
/// Reads and writes ops' mapping file (format version 1, described in the project README). Export writes one
/// stable order, so the same mapping always gives the same text; import is strict and reports the line and
/// JSON path of every problem it finds, and never returns a half-read mapping.
/// </summary>
public static class MappingJson
{
    public const int CurrentVersion = 1;

    public static string Export(CrmMapping mapping) =>
        JsonSerializer.Serialize(MappingDocumentConverter.ToDocument(mapping), MappingJsonOptions.Instance) + "\n";

    /// <exception cref="MappingJsonException">The text is not a valid version-1 mapping file.</exception>
    public static CrmMapping Import(string json)
    {
        CheckVersion(json);
        MappingDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<MappingDocument>(json, MappingJsonOptions.Instance);
        }
        catch (JsonException exception)
        {
            throw new MappingJsonException([JsonErrorTranslator.Translate(exception)], exception);
        }

        if (document is null)
        {
            throw new MappingJsonException([new MappingJsonError("$", 1, "the file holds null instead of a mapping object")]);
        }

        return MappingDocumentConverter.FromDocument(document);
    }

    /// <summary>Looks at the version before anything else, so a newer file is refused as newer rather than
    /// as a list of unknown properties.</summary>
    private static void CheckVersion(string json)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new MappingJsonException([JsonErrorTranslator.Translate(exception)], exception);
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MappingJsonException([new MappingJsonError("$", 1, $"the file must hold a JSON object, not {root.ValueKind}")]);
            }

            var version = root.EnumerateObject().Where(p => p.NameEquals("version")).Select(p => p.Value).FirstOrDefault();
            if (version.ValueKind == JsonValueKind.Undefined)
            {
                throw new MappingJsonException([new MappingJsonError("$", null, $"missing required property 'version' (this build reads version {CurrentVersion})")]);
            }

            if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != CurrentVersion)
            {
                throw new MappingJsonException([new MappingJsonError("$.version", null, $"unsupported version {version.GetRawText()}; this build reads version {CurrentVersion}")]);
            }
        }
    }
}
