using System.Text.Json.Nodes;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Payloads;

/// <summary>Checks the names in a JSON entity body before the OData reader sees it, so that a wrong column
/// gets Dataverse's own message: "Invalid property 'x' was found in entity 'Microsoft.Dynamics.CRM.t'."</summary>
internal static class PayloadNames
{
    public static void Check(EdmTable table, JsonObject body)
    {
        foreach (var (name, _) in body)
        {
            var at = name.IndexOf('@', System.StringComparison.Ordinal);
            if (at == 0)
            {
                continue;
            }

            if (at > 0)
            {
                var navigation = name[..at];
                if (name[at..] == "@odata.bind" && table.ColumnOfNavigation(navigation) is null)
                {
                    throw Invalid(navigation, table);
                }

                continue;
            }

            var column = table.ColumnOfProperty(name) ?? throw Invalid(name, table);
            if (EdmTable.IsLookup(column) && name != column.LogicalName)
            {
                throw new WebApiException(400, WebApiErrorCodes.InvalidUrlOrProperty,
                    $"CRM do not support direct update of Entity Reference properties, Use Navigation properties instead. Property '{name}' of '{table.TypeName}'.");
            }
        }
    }

    private static WebApiException Invalid(string name, EdmTable table) =>
        new(400, WebApiErrorCodes.InvalidUrlOrProperty, $"Invalid property '{name}' was found in entity '{table.TypeName}'.");
}
