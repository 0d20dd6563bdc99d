using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>An app's site map (AppModuleSiteMaps/&lt;UniqueName&gt;/AppModuleSiteMap.xml): areas of
/// groups of sub-areas, each titled per language.</summary>
public sealed record SiteMapDefinition(string UniqueName, IReadOnlyDictionary<int, string> Names, IReadOnlyList<SiteMapNode> Areas, string SourceFile);
