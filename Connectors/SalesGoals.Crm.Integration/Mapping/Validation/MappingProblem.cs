namespace SalesGoals.Crm.Integration.Mapping.Validation;

/// <summary>One problem found in a mapping.</summary>
/// <param name="Code">What kind of problem.</param>
/// <param name="Object">The external object concerned, if any.</param>
/// <param name="Field">The external field (or, for unmapped required fields, the canonical field) concerned, if any.</param>
/// <param name="Value">The offending value (an option value, a map name, a user id, a currency), if any.</param>
/// <param name="Message">A sentence ops can act on.</param>
public sealed record MappingProblem(
    MappingProblemCode Code,
    string? Object,
    string? Field,
    string? Value,
    string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
