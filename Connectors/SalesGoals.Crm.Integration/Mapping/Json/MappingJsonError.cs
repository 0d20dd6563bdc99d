namespace SalesGoals.Crm.Integration.Mapping.Json;

/// <summary>One problem in a mapping file.</summary>
/// <param name="Path">JSON path of the offending value, e.g. <c>$.objects[0].fields[2].direction</c>.</param>
/// <param name="Line">1-based line number, when the parser knows it.</param>
/// <param name="Message">What is wrong, in a sentence.</param>
public sealed record MappingJsonError(string Path, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"line {line}, {Path}: {Message}" : $"{Path}: {Message}";
}
