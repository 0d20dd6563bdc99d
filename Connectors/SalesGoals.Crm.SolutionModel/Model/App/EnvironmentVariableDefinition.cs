using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Packing;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>An environment variable definition
/// (environmentvariabledefinitions/&lt;schemaname&gt;/environmentvariabledefinition.xml). Type 100000000 text,
/// 100000001 number, 100000002 yes/no, 100000003 JSON, 100000004 data source, 100000005 secret.</summary>
public sealed record EnvironmentVariableDefinition(
    string SchemaName, int Type, string? DefaultValue, bool IsRequired, IReadOnlyDictionary<int, string> DisplayNames, string SourceFile)
{
    public const int Text = 100000000;
    public const int Number = 100000001;
    public const int Boolean = 100000002;
    public const int Json = 100000003;
    public const int DataSource = 100000004;
    public const int Secret = 100000005;
}
