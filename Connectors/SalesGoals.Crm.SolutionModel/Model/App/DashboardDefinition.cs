using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel;

/// <summary>A system dashboard (Dashboards/{id}.xml): its names and the charts and grids it shows.</summary>
public sealed record DashboardDefinition(Guid Id, IReadOnlyDictionary<int, string> Names, IReadOnlyList<GridDefinition> Grids, string SourceFile);
