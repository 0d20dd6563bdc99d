namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>One external field mapped onto one canonical field.</summary>
/// <param name="ExternalField">The field's API name in the external system (e.g. Zoho <c>Closing_Date</c>, Fenxiang <c>close_date</c>).</param>
/// <param name="CanonicalField">A <see cref="CanonicalDealField"/> or <see cref="CanonicalGoalField"/> name.</param>
/// <param name="Direction">Which way the value flows.</param>
/// <param name="ValueMap">Name of the value map that translates this field's values, if any (e.g. "region").</param>
public sealed record FieldMap(
    string ExternalField,
    string CanonicalField,
    MappingDirection Direction = MappingDirection.Inbound,
    string? ValueMap = null);
