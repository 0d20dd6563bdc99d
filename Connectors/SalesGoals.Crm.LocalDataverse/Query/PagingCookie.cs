using System;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>
/// Paging cookies in Dataverse's shape. A query in primary-key order continues after the cookie's last
/// id (as Dataverse does); other orders page by page number and the cookie is informative.
/// </summary>
internal static class PagingCookie
{
    private const string LastAttribute = "last=\"";

    public static string Build(string primaryIdAttribute, int page, Guid first, Guid last) =>
        $"<cookie page=\"{page}\"><{primaryIdAttribute} last=\"{Upper(last)}\" first=\"{Upper(first)}\" /></cookie>";

    /// <summary>The id a page ended on, or null when the cookie carries none (or is not one of ours).</summary>
    public static Guid? LastId(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie))
        {
            return null;
        }

        var text = cookie.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(cookie) : cookie;
        var start = text.IndexOf(LastAttribute, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += LastAttribute.Length;
        var end = text.IndexOf('"', start);
        return end > start && Guid.TryParse(text.AsSpan(start, end - start), out var id) ? id : null;
    }

    private static string Upper(Guid id) => id.ToString("B").ToUpperInvariant();
}
