using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>How one external object (Zoho module, Fenxiang object) maps onto a canonical entity.</summary>
/// <param name="ExternalObject">Zoho module API name (<c>Deals</c>) or Fenxiang object apiName (<c>NewOpportunityObj</c>, <c>sales_goal__c</c>).</param>
/// <param name="CanonicalEntity">"deal" or "goalprogress".</param>
/// <param name="Fields">The field maps.</param>
public sealed record ObjectMap(string ExternalObject, string CanonicalEntity, IReadOnlyList<FieldMap> Fields)
{
    public const string DealEntity = "deal";
    public const string GoalProgressEntity = "goalprogress";

    /// <summary>The external field mapped to <paramref name="canonicalField"/>, or null when it is not mapped.</summary>
    public string? ExternalFieldFor(string canonicalField) =>
        Fields.FirstOrDefault(f => string.Equals(f.CanonicalField, canonicalField, StringComparison.OrdinalIgnoreCase))?.ExternalField;

    /// <summary>The field map for <paramref name="canonicalField"/>, or null.</summary>
    public FieldMap? For(string canonicalField) =>
        Fields.FirstOrDefault(f => string.Equals(f.CanonicalField, canonicalField, StringComparison.OrdinalIgnoreCase));
}
