using System.Globalization;
using System.Xml.Linq;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>Dataverse's <c>$skiptoken</c>: <c>&lt;cookie pagenumber="2" pagingcookie="…" istracking="False" /&gt;</c>.</summary>
internal static class SkipToken
{
    public static string Format(int pageNumber, string? pagingCookie) =>
        new XElement("cookie",
            new XAttribute("pagenumber", pageNumber.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("pagingcookie", pagingCookie ?? string.Empty),
            new XAttribute("istracking", "False")).ToString(SaveOptions.DisableFormatting);

    public static (int PageNumber, string? PagingCookie) Parse(string token)
    {
        try
        {
            var cookie = XElement.Parse(token);
            var page = int.Parse((string?)cookie.Attribute("pagenumber") ?? "1", NumberStyles.Integer, CultureInfo.InvariantCulture);
            var paging = (string?)cookie.Attribute("pagingcookie");
            return (page, string.IsNullOrEmpty(paging) ? null : paging);
        }
        catch (System.Exception exception) when (exception is System.Xml.XmlException or System.FormatException or System.OverflowException)
        {
            throw new WebApiException(400, WebApiErrorCodes.InvalidUrlOrProperty, "The $skiptoken is not one this service returned in @odata.nextLink.", exception);
        }
    }
}
