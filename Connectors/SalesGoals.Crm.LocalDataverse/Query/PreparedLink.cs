using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Metadata;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>A link-entity with its resolved alias, table and parent alias.</summary>
internal sealed record PreparedLink(LinkEntity Link, string Alias, string ParentAlias, TableMetadata Table, IReadOnlyList<PreparedLink> Children)
{
    public bool IsOuter => Link.JoinOperator == JoinOperator.LeftOuter;
}
