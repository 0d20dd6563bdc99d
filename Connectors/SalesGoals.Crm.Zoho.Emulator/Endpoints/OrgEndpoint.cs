using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using SalesGoals.Crm.Zoho.Emulator.Http;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary><c>GET /crm/v8/org</c>: the org's details as Zoho's org.json describes them; the home currency is
/// <c>iso_code</c> (with <c>currency</c>, its name, and <c>currency_symbol</c>), the zone <c>time_zone</c>.</summary>
public static class OrgEndpoint
{
    public const string OrgId = "5725767000000021001";

    public static void Map(IEndpointRouteBuilder app, ZohoEmulatorServices services)
    {
        var options = services.Options;
        var state = services.State;
        app.MapGet("/crm/v8/org", () => ZohoReply.Json(new JsonObject
        {
            ["org"] = new JsonArray(new JsonObject
            {
                ["id"] = OrgId,
                ["company_name"] = "Emulated Org",
                ["domain_name"] = "org5725767",
                ["primary_email"] = state.Admin.Email,
                ["country_code"] = "CN",
                ["time_zone"] = state.Zone.Id,
                ["currency"] = options.HomeCurrencyName,
                ["currency_symbol"] = options.HomeCurrencySymbol,
                ["iso_code"] = options.HomeCurrencyIsoCode,
                ["currency_locale"] = "en_US",
                ["mc_status"] = false,
            }),
        }));
    }
}
