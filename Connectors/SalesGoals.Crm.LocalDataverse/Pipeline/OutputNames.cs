using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>
/// Plug-ins see some outputs under the platform's names: Retrieve's "Entity" is "BusinessEntity",
/// RetrieveMultiple's "EntityCollection" is "BusinessEntityCollection". A PostOperation plug-in
/// may change them, and the caller receives what they hold after stage 40.
/// </summary>
internal static class OutputNames
{
    public static void ToContext(string message, OrganizationResponse response, ParameterCollection output)
    {
        foreach (var pair in response.Results)
        {
            output[PlatformName(message, pair.Key)] = pair.Value;
        }
    }

    public static OrganizationResponse ToResponse(string message, OrganizationResponse response, ParameterCollection output)
    {
        foreach (var pair in output)
        {
            response.Results[ResponseName(message, pair.Key)] = pair.Value;
        }

        return response;
    }

    private static string PlatformName(string message, string key) => (message, key) switch
    {
        ("Retrieve", "Entity") => "BusinessEntity",
        ("RetrieveMultiple", "EntityCollection") => "BusinessEntityCollection",
        _ => key,
    };

    private static string ResponseName(string message, string key) => (message, key) switch
    {
        ("Retrieve", "BusinessEntity") => "Entity",
        ("RetrieveMultiple", "BusinessEntityCollection") => "EntityCollection",
        _ => key,
    };
}
