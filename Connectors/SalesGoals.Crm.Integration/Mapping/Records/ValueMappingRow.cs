namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>One sg_valuemapping row.</summary>
/// <param name="System">sg_system option value.</param>
/// <param name="Kind">sg_kind option value (Stage, Region, CustomerSegment, ProductLine, Currency): which value map the row belongs to.</param>
/// <param name="ExternalValue">sg_externalvalue: the stored option value in the external system.</param>
/// <param name="CanonicalValue">sg_canonicalvalue.</param>
/// <param name="Name">sg_name.</param>
public sealed record ValueMappingRow(int System, int Kind, string ExternalValue, string CanonicalValue, string? Name = null);
