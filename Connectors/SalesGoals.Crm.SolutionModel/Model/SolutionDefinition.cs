using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model.App;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>An unpacked Dataverse solution as <see cref="SolutionReader"/> reads it.</summary>
public sealed record SolutionDefinition(
    string UniqueName,
    string Version,
    PublisherDefinition Publisher,
    IReadOnlyList<TableDefinition> Tables,
    IReadOnlyList<PluginAssemblyDefinition> PluginAssemblies,
    IReadOnlyList<StepDefinition> Steps,
    IReadOnlyList<OptionSetDefinition> GlobalOptionSets,
    IReadOnlyList<SecurityRoleDefinition> Roles)
{
    /// <summary>Language codes the solution declares in Customizations.xml (e.g. 1033, 2052).</summary>
    public IReadOnlyList<int> Languages { get; init; } = [];

    /// <summary>Display names of the solution by language code.</summary>
    public IReadOnlyDictionary<int, string> DisplayNames { get; init; } = new Dictionary<int, string>();

    /// <summary>The root components Other/Solution.xml lists.</summary>
    public IReadOnlyList<RootComponentDefinition> RootComponents { get; init; } = [];

    /// <summary>The Custom APIs under customapis/, their plug-in types resolved.</summary>
    public IReadOnlyList<CustomApiDefinition> CustomApis { get; init; } = [];

    /// <summary>The model-driven apps under AppModules/.</summary>
    public IReadOnlyList<AppModuleDefinition> AppModules { get; init; } = [];

    /// <summary>The apps' site maps under AppModuleSiteMaps/.</summary>
    public IReadOnlyList<SiteMapDefinition> SiteMaps { get; init; } = [];

    /// <summary>The system dashboards under Dashboards/.</summary>
    public IReadOnlyList<DashboardDefinition> Dashboards { get; init; } = [];

    /// <summary>The code components (PCF controls) under Controls/.</summary>
    public IReadOnlyList<CustomControlDefinition> CustomControls { get; init; } = [];

    /// <summary>The environment variable definitions under environmentvariabledefinitions/.</summary>
    public IReadOnlyList<EnvironmentVariableDefinition> EnvironmentVariables { get; init; } = [];

    /// <summary>The service endpoints under ServiceEndpoints/.</summary>
    public IReadOnlyList<ServiceEndpointDefinition> ServiceEndpoints { get; init; } = [];

    /// <summary>The one-to-many relationships Other/Relationships/*.xml declares.</summary>
    public IReadOnlyList<RelationshipDefinition> Relationships { get; init; } = [];

    /// <summary>1 when the manifest says managed, 0 unmanaged, 2 when the unpack holds both.</summary>
    public int Managed { get; init; }
}
