using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A system view (Entities/&lt;Name&gt;/SavedQueries/{id}.xml). QueryType 0 public, 1 advanced
/// find, 2 associated, 4 quick find, 64 lookup. <paramref name="Columns"/> are the table's own
/// columns the view shows, filters or sorts on (link-entity columns are not included).</summary>
public sealed record ViewDefinition(
    Guid Id,
    int QueryType,
    bool IsDefault,
    bool IsQuickFind,
    IReadOnlyDictionary<int, string> Names,
    IReadOnlyList<string> Columns,
    string FetchXml);
