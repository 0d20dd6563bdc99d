using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>An alternate key (Entity.xml &lt;EntityKeys&gt;&lt;EntityKey&gt;).</summary>
public sealed record AlternateKeyDefinition(string LogicalName, IReadOnlyList<string> Columns);
