using System.Collections.Generic;

namespace SalesGoals.Crm.Dataverse.WebApi.Client;

/// <summary>What to read from an entity set: the columns ($select), a filter, an order, and whether formatted values
/// (labels as shown to people) should come with the values.</summary>
public sealed record ODataQuery(IReadOnlyList<string> Select, string? Filter = null, string? OrderBy = null, bool FormattedValues = false);
