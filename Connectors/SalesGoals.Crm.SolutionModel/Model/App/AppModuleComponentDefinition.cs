using System;

namespace SalesGoals.Crm.SolutionModel.Model.App;

/// <summary>A component an app includes: type 1 table (by schema name), 26 view, 59 chart, 60 form or
/// dashboard (by id), 62 site map (by unique name).</summary>
public sealed record AppModuleComponentDefinition(int Type, string? SchemaName, Guid? Id)
{
    public const int Table = 1;
    public const int View = 26;
    public const int Chart = 59;
    public const int Form = 60;
    public const int SiteMap = 62;
}
