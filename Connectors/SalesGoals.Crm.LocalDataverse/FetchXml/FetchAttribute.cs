namespace SalesGoals.Crm.LocalDataverse.FetchXml;

/// <summary>An &lt;attribute&gt; of an aggregate fetch: what it computes, over which table alias.</summary>
internal sealed record FetchAttribute(string EntityAlias, string Attribute, string? Alias, string? Aggregate, bool GroupBy, string? DateGrouping, bool Distinct);
