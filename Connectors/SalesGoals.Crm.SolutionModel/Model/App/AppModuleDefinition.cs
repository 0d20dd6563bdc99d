using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel;

/// <summary>A model-driven app (AppModules/&lt;UniqueName&gt;/AppModule.xml): its names, the components
/// it includes and the security roles that may open it.</summary>
public sealed record AppModuleDefinition(
    string UniqueName,
    IReadOnlyDictionary<int, string> Names,
    IReadOnlyList<AppModuleComponentDefinition> Components,
    IReadOnlyList<Guid> RoleIds,
    string SourceFile);
