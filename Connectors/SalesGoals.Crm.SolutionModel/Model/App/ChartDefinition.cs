using System;
using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>A system chart (Entities/&lt;Name&gt;/Visualizations/{id}.xml, a savedqueryvisualization):
/// the table its aggregate fetch reads, the attributes it aggregates or groups by, and the aliases
/// its categories and measures name.</summary>
public sealed record ChartDefinition(
    Guid Id,
    string Table,
    IReadOnlyDictionary<int, string> Names,
    IReadOnlyList<ChartAttribute> Attributes,
    IReadOnlyList<string> CategoryAliases,
    IReadOnlyList<string> MeasureAliases,
    IReadOnlyList<string> FilterColumns,
    string SourceFile);
