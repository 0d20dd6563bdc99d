using System;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>A subgrid or chart on a form or dashboard: the table it lists, the view it uses, the
/// chart it draws (dashboards) and, on a form, the relationship that limits it to the record's rows.</summary>
public sealed record GridDefinition(string ControlId, string TargetTable, Guid? ViewId, Guid? ChartId, string? RelationshipName);
