using System;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>Paging cookies in Dataverse's shape. The local Dataverse pages by page number; the cookie is informative.</summary>
internal static class PagingCookie
{
    public static string Build(string primaryIdAttribute, int page, Guid first, Guid last) =>
        $"<cookie page=\"{page}\"><{primaryIdAttribute} last=\"{Upper(last)}\" first=\"{Upper(first)}\" /></cookie>";

    private static string Upper(Guid id) => id.ToString("B").ToUpperInvariant();
}
