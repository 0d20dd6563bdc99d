using System;
using Microsoft.AspNetCore.Http;

namespace SalesGoals.Crm.Zoho.Emulator.Diagnostics;

/// <summary>Route names the stats count calls under.</summary>
public static class ZohoRoutes
{
    public const string Token = "token";
    public const string RecordsGet = "records.get";
    public const string RecordsInsert = "records.insert";
    public const string RecordsUpdate = "records.update";
    public const string RecordsUpsert = "records.upsert";
    public const string RecordsDelete = "records.delete";
    public const string Deleted = "records.deleted";
    public const string Coql = "coql";
    public const string Users = "users";
    public const string Fields = "settings.fields";
    public const string Modules = "settings.modules";
    public const string Pipeline = "settings.pipeline";
    public const string Org = "org";
    public const string Other = "other";

    public static string Of(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        if (path.StartsWith("/oauth/", StringComparison.Ordinal))
        {
            return Token;
        }

        if (path.StartsWith("/crm/v8/settings/fields", StringComparison.Ordinal))
        {
            return Fields;
        }

        if (path.StartsWith("/crm/v8/settings/modules", StringComparison.Ordinal))
        {
            return Modules;
        }

        if (path.StartsWith("/crm/v8/settings/pipeline", StringComparison.Ordinal))
        {
            return Pipeline;
        }

        if (path.StartsWith("/crm/v8/users", StringComparison.Ordinal))
        {
            return Users;
        }

        if (path == "/crm/v8/org")
        {
            return Org;
        }

        if (path == "/crm/v8/coql")
        {
            return Coql;
        }

        if (path.EndsWith("/deleted", StringComparison.Ordinal))
        {
            return Deleted;
        }

        if (path.EndsWith("/upsert", StringComparison.Ordinal))
        {
            return RecordsUpsert;
        }

        return request.Method switch
        {
            "GET" => RecordsGet,
            "POST" => RecordsInsert,
            "PUT" => RecordsUpdate,
            "DELETE" => RecordsDelete,
            _ => Other,
        };
    }
}
