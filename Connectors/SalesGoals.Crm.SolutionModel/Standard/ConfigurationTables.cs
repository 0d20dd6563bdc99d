using System.Collections.Generic;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.SolutionModel.Standard;

/// <summary>Environment variables: a solution's definitions and the value an environment gives one
/// (Microsoft's entity reference: both user-owned, primary name schemaname, value overriding defaultvalue).</summary>
internal static class ConfigurationTables
{
    public static IEnumerable<TableDefinition> All()
    {
        yield return new TableBuilder("environmentvariabledefinition", "EnvironmentVariableDefinition", "environmentvariabledefinitions", OwnershipType.UserOwned, "Environment Variable Definition", "环境变量定义")
            .Key()
            .Name("schemaname", 100, "Schema Name", RequiredLevel.SystemRequired)
            .Text("displayname", 100, "Display Name")
            .Memo("defaultvalue", 2000, "Default Value")
            .Memo("description", 2000, "Description")
            .Choice("type", "Type", (100000000, "String"), (100000001, "Number"), (100000002, "Boolean"), (100000003, "JSON"), (100000004, "Data source"), (100000005, "Secret"))
            .Bool("isrequired", "Is Required")
            .States((0, "Active", 1), (1, "Inactive", 2))
            .Statuses((1, "Active", 0), (2, "Inactive", 1))
            .Owned()
            .Audit()
            .Build();

        yield return new TableBuilder("environmentvariablevalue", "EnvironmentVariableValue", "environmentvariablevalues", OwnershipType.UserOwned, "Environment Variable Value", "环境变量值")
            .Key()
            .Name("schemaname", 100, "Schema Name", RequiredLevel.None)
            .Memo("value", 2000, "Value")
            .Lookup("environmentvariabledefinitionid", "Environment Variable Definition", "environmentvariabledefinition")
            .States((0, "Active", 1), (1, "Inactive", 2))
            .Statuses((1, "Active", 0), (2, "Inactive", 1))
            .Owned()
            .Audit()
            .Build();
    }
}
