using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Mapping.Catalog;

/// <summary>One canonical field: its type and how its values are translated.</summary>
/// <param name="Name">The canonical field name (a <see cref="CanonicalDealField"/> or <see cref="CanonicalGoalField"/> constant).</param>
/// <param name="Type">What it holds.</param>
/// <param name="ValueMapRule">Whether a value map is used.</param>
/// <param name="BuiltInValues">The closed list of canonical values the product itself defines (state: Open/Won/Lost); empty when ops' context supplies them.</param>
/// <param name="DefaultMapName">The value map used when a field map names none and a map is required; the field's own name when null.</param>
public sealed record CanonicalFieldDefinition(
    string Name,
    CanonicalType Type,
    ValueMapRule ValueMapRule = ValueMapRule.NotAllowed,
    IReadOnlyList<string>? BuiltInValues = null,
    string? DefaultMapName = null)
{
    public IReadOnlyList<string> KnownValues => BuiltInValues ?? [];

    /// <summary>The value map a field map uses when it names none, when a map is required.</summary>
    public string? DefaultValueMap => ValueMapRule == ValueMapRule.Required ? DefaultMapName ?? Name : null;
}
