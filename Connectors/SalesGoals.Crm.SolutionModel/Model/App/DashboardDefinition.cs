using System;
using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>A system dashboard (Dashboards/{id}.xml): its names and the charts and grids it shows.</summary>
public sealed record DashboardDefinition(Guid Id, IReadOnlyDictionary<int, string> Names, IReadOnlyList<GridDefinition> Grids, string SourceFile);
