using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>A code component (PCF) a form's controlDescriptions put on a control: its name
/// (<c>&lt;prefix&gt;_&lt;namespace&gt;.&lt;constructor&gt;</c>), the form factor (0 desktop, 1 tablet, 2 phone)
/// and its parameters (property name to the column it is bound to, unless static).</summary>
public sealed record FormCustomControlDefinition(
    string ControlName, int FormFactor, string? BoundColumn, IReadOnlyDictionary<string, string> ColumnParameters);
