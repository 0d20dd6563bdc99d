using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>One field's metadata; <see cref="Options"/> for select fields (stored value + label).</summary>
public sealed class FieldDescribe
{
    [JsonPropertyName("api_name")]
    public string? ApiName { get; set; }

    [JsonPropertyName("label")]
    public string? Label { get; set; }

    /// <summary>text, number, currency, date, date_time, select_one, employee, object_reference, true_or_false, …</summary>
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("is_required")]
    public bool IsRequired { get; set; }

    [JsonPropertyName("is_unique")]
    public bool IsUnique { get; set; }

    [JsonPropertyName("options")]
    public List<SelectOption>? Options { get; set; }
}
