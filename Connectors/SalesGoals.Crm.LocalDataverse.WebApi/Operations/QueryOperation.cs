using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.WebApi.Edm;
using SalesGoals.Crm.LocalDataverse.WebApi.Errors;
using SalesGoals.Crm.LocalDataverse.WebApi.Payloads;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>GET of an entity set ($select, $filter, $orderby, $top, paging by <c>Prefer: odata.maxpagesize</c> with
/// <c>@odata.nextLink</c>) or of one record by id or alternate key.</summary>
internal static class QueryOperation
{
    public const int DefaultPageSize = 5000;

    public static ApiResponse Collection(OperationContext context, EdmTable table)
    {
        var columns = Columns(context, table);
        var query = new QueryExpression(table.LogicalName) { ColumnSet = ColumnsWithVersion(table, columns) };
        if (context.Parser.ParseFilter() is { } filter)
        {
            query.Criteria = FilterTranslator.Translate(table, filter.Expression);
        }

        for (var order = context.Parser.ParseOrderBy(); order is not null; order = order.ThenBy)
        {
            var property = order.Expression as SingleValuePropertyAccessNode
                ?? throw new WebApiException(400, WebApiErrorCodes.InvalidUrlOrProperty, "$orderby supports columns only.");
            query.AddOrder(table.ColumnOfProperty(property.Property.Name)!.LogicalName, order.Direction == OrderByDirection.Ascending ? OrderType.Ascending : OrderType.Descending);
        }

        var top = context.Parser.ParseTop();
        var pageSize = context.Preferences.MaxPageSize ?? DefaultPageSize;
        if (top is long count)
        {
            query.TopCount = (int)count;
        }
        else
        {
            var (page, cookie) = context.Parser.ParseSkipToken() is string token ? SkipToken.Parse(token) : (1, null);
            query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = page, PagingCookie = cookie };
        }

        var result = context.Service.RetrieveMultiple(query);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("@odata.context", $"{context.References.ServiceRoot}$metadata#{table.EntitySetName}({string.Join(",", columns.Select(EdmTable.PropertyName))})");
            json.WriteStartArray("value");
            foreach (var row in result.Entities)
            {
                EntityJsonWriter.Write(json, table, row, columns, context.Preferences);
            }

            json.WriteEndArray();
            if (top is null && result.MoreRecords)
            {
                json.WriteString("@odata.nextLink", NextLink(context.Request.Url, SkipToken.Format(query.PageInfo!.PageNumber + 1, result.PagingCookie)));
            }

            json.WriteEndObject();
        }

        var response = ApiResponse.Json(200, buffer.ToArray());
        if (context.Preferences.MaxPageSize is int applied)
        {
            response.With("Preference-Applied", $"odata.maxpagesize={applied}");
        }

        return response;
    }

    public static ApiResponse Single(OperationContext context, EdmTable table, KeySegment key)
    {
        var columns = Columns(context, table);
        var reference = ReferenceResolver.Reference(table, key);
        var row = ((RetrieveResponse)context.Service.Execute(new RetrieveRequest
        {
            Target = reference,
            ColumnSet = ColumnsWithVersion(table, columns),
        })).Entity;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            EntityJsonWriter.Write(json, table, row, columns, context.Preferences);
        }

        return ApiResponse.Json(200, buffer.ToArray());
    }

    // versionnumber is always read: every row carries its @odata.etag, selected or not.
    private static ColumnSet ColumnsWithVersion(EdmTable table, List<ColumnDefinition> columns)
    {
        var names = columns.Select(c => c.LogicalName).ToList();
        if (table.Metadata.Find("versionnumber") is not null && !names.Contains("versionnumber"))
        {
            names.Add("versionnumber");
        }

        return new ColumnSet(names.ToArray());
    }

    private static List<ColumnDefinition> Columns(OperationContext context, EdmTable table)
    {
        var select = context.Parser.ParseSelectAndExpand();
        if (select is null || select.AllSelected)
        {
            return table.Metadata.Columns.Where(c => EdmColumnTypes.Kind(c) is not null).OrderBy(c => c.LogicalName, StringComparer.Ordinal).ToList();
        }

        return select.SelectedItems.OfType<PathSelectItem>()
            .Select(item => item.SelectedPath.LastSegment)
            .OfType<PropertySegment>()
            .Select(segment => table.ColumnOfProperty(segment.Property.Name)!)
            .ToList();
    }

    // The next page is this request's URL with the $skiptoken replaced, as Dataverse's nextLink is.
    private static string NextLink(Uri url, string token)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url.Query)
            .Where(q => q.Key != "$skiptoken")
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append("$skiptoken=" + Uri.EscapeDataString(token));
        return url.GetLeftPart(UriPartial.Path) + "?" + string.Join("&", query);
    }
}
