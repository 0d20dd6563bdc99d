using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Integration.Mapping.Schema;

/// <summary>An external object and its fields, as an adapter reads them from the vendor's metadata.</summary>
/// <param name="ApiName">Zoho module API name (<c>Deals</c>) or Fenxiang object apiName (<c>NewOpportunityObj</c>).</param>
/// <param name="Fields">The object's fields.</param>
public sealed record ExternalObjectSchema(string ApiName, IReadOnlyList<ExternalFieldSchema> Fields)
{
    /// <summary>The field with that API name, or null. Vendors' API names are case-sensitive.</summary>
    public ExternalFieldSchema? Field(string apiName) =>
        Fields.FirstOrDefault(f => string.Equals(f.ApiName, apiName, StringComparison.Ordinal));
}
