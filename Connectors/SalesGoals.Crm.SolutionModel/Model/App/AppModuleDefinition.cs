using System;
using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>A model-driven app (AppModules/&lt;UniqueName&gt;/AppModule.xml): its names, the components
/// it includes and the security roles that may open it.</summary>
public sealed record AppModuleDefinition(
    string UniqueName,
    IReadOnlyDictionary<int, string> Names,
    IReadOnlyList<AppModuleComponentDefinition> Components,
    IReadOnlyList<Guid> RoleIds,
    string SourceFile);
