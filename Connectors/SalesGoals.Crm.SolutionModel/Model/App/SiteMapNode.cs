using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>An area, group or sub-area of a site map. A sub-area opens a table (<see cref="Table"/>),
/// optionally in one of its views (<see cref="ViewId"/>, from its Url's viewid), or the dashboards
/// page starting on <see cref="DashboardId"/>.</summary>
public sealed record SiteMapNode(string Kind, string Id, IReadOnlyDictionary<int, string> Titles, IReadOnlyList<SiteMapNode> Children)
{
    public string? Table { get; init; }

    public Guid? ViewId { get; init; }

    public Guid? DashboardId { get; init; }
}
