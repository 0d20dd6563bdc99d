using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel;

/// <summary>A system form (Entities/&lt;Name&gt;/FormXml/&lt;type&gt;/{id}.xml): its type (main, quick,
/// card...) and the columns its controls are bound to.</summary>
public sealed record FormDefinition(Guid Id, string FormType, IReadOnlyDictionary<int, string> Names, IReadOnlyList<string> DataFields);
