using SalesGoals.Crm.Integration;

namespace SalesGoals.Crm.Cli.Verify.Crm;

/// <summary>One thing an admin must create or change in Zoho or Fenxiang before the connector can work.</summary>
/// <param name="System">Zoho or Fenxiang.</param>
/// <param name="Kind">Create an object or field, change a type, or make the key unique.</param>
/// <param name="Object">The module (Zoho) or object (Fenxiang) API name.</param>
/// <param name="Field">The field's API name; null for a missing object.</param>
/// <param name="Type">The vendor's type name to give the field (Zoho data_type, Fenxiang describe type); null for an object.</param>
/// <param name="CurrentType">For <see cref="CrmGapKind.ChangeType"/>: the type the field has now.</param>
/// <param name="Use">What it carries: an object's canonical entity, or a field's <c>entity.field (read|written)</c>.</param>
public sealed record CrmGap(ExternalSystem System, CrmGapKind Kind, string Object, string? Field, string? Type, string? CurrentType, string Use)
{
    /// <summary>A field to create that must refuse duplicates (the goal-id key).</summary>
    public bool Unique { get; init; }
}
