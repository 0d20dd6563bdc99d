using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace SalesGoals.Crm.LocalDataverse.FetchXml;

/// <summary>A parsed fetch: the equivalent QueryExpression, plus the aggregate columns and alias orders of an aggregate fetch.</summary>
internal sealed record FetchQuery(QueryExpression Query, bool IsAggregate, IReadOnlyList<FetchAttribute> AggregateAttributes, IReadOnlyList<(string Alias, bool Descending)> AliasOrders);
