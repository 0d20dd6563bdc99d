using System;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>A root component listed in Other/Solution.xml. Type 1 table, 9 global option set,
/// 20 security role, 60 system form or dashboard, 62 site map, 66 code component, 80 app, 91 plug-in
/// assembly, 92 plug-in step, 95 service endpoint, 380 environment variable definition; behavior 0 includes the whole
/// component, 2 only the sub-components the solution holds (columns added to a standard table).</summary>
public sealed record RootComponentDefinition(int Type, string? SchemaName, Guid? Id, int Behavior)
{
    public const int Table = 1;
    public const int OptionSet = 9;
    public const int SecurityRole = 20;
    public const int SystemForm = 60;
    public const int SiteMap = 62;
    public const int CustomControl = 66;
    public const int AppModule = 80;
    public const int PluginAssembly = 91;
    public const int PluginStep = 92;
    public const int ServiceEndpoint = 95;
    public const int EnvironmentVariable = 380;
}
