using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Zoho.Api;

public sealed class ZohoModule
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("api_name")]
    public string? ApiName { get; init; }

    [JsonPropertyName("module_name")]
    public string? ModuleName { get; init; }

    [JsonPropertyName("singular_label")]
    public string? SingularLabel { get; init; }

    [JsonPropertyName("plural_label")]
    public string? PluralLabel { get; init; }

    /// <summary><c>default</c>, <c>custom</c>, <c>web</c> or <c>linking</c>.</summary>
    [JsonPropertyName("generated_type")]
    public string? GeneratedType { get; init; }

    [JsonPropertyName("api_supported")]
    public bool ApiSupported { get; init; }
}
