using System;
using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model.App;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A system form (Entities/&lt;Name&gt;/FormXml/&lt;type&gt;/{id}.xml): its type (main, quick,
/// card...), the columns its controls are bound to, its subgrids and the code components (PCF) its
/// controlDescriptions put on its controls.</summary>
public sealed record FormDefinition(Guid Id, string FormType, IReadOnlyDictionary<int, string> Names, IReadOnlyList<string> DataFields)
{
    public IReadOnlyList<GridDefinition> Grids { get; init; } = [];

    public IReadOnlyList<FormCustomControlDefinition> CustomControls { get; init; } = [];
}
