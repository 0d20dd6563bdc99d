namespace SalesGoals.Crm.Integration.Mapping.Translation;

/// <summary>What reading one field gave: a canonical value, nothing (absent or null), or why the value is unreadable.</summary>
public readonly record struct FormatRead(object? Value, string? Error)
{
    public static FormatRead Absent => default;

    public bool IsAbsent => Value is null && Error is null;

    public static FormatRead Of(object value) => new(value, null);

    public static FormatRead Fail(string error) => new(null, error);
}
