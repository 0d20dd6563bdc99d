using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary>
/// data/query: limit ≤ 100; offset a multiple of limit and ≤ 10000 (else 10013); filters with
/// <c>field_name</c>/<c>field_values</c>; orders with <c>fieldName</c>/<c>isAsc</c>; <c>fieldProjection</c>;
/// totals on unless <c>find_explicit_total_num: false</c> or top-level <c>returnTotalNum: 3</c>.
/// Invalidated records are returned like any other (that is how deletions reach incremental sync).
/// </summary>
internal static class QueryEngine
{
    public const int MaxLimit = 100;
    public const int MaxOffset = 10000;

    public static JsonObject Run(TenantState tenant, ObjectSchema schema, RequestContext context)
    {
        var data = context.Data;
        var info = data["search_query_info"] as JsonObject
            ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "search_query_info is required");
        var limit = ReadInt(info, "limit") ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "search_query_info.limit is required");
        var offset = ReadInt(info, "offset") ?? 0;
        if (limit is < 1 or > MaxLimit)
        {
            throw new EmulatorException(EmulatorErrorCodes.ParameterError, $"limit must be between 1 and {MaxLimit}");
        }

        if (offset > MaxOffset)
        {
            throw new EmulatorException(EmulatorErrorCodes.OffsetOutOfRange, "offset out of range 10000", "offset 不能超过10000");
        }

        if (offset < 0 || offset % limit != 0)
        {
            throw new EmulatorException(EmulatorErrorCodes.OffsetOutOfRange, "offset must be a multiple of limit", "offset 必须是 limit 的整数倍");
        }

        var filters = ReadFilters(tenant, schema, info);
        var orders = ReadOrders(schema, info);
        var projection = info["fieldProjection"] is JsonArray p ? p.Select(JsonValues.AsString).OfType<string>().ToHashSet(StringComparer.Ordinal) : null;
        var includeNull = Flag(data, "includeNull") || Flag(info, "includeNull") || Flag(context.Body, "includeNull");
        var totalsOff = data["find_explicit_total_num"] is JsonValue t && t.GetValueKind() == JsonValueKind.False
            || ReadInt(context.Body, "returnTotalNum") == 3;

        var store = tenant.StoreOf(schema.ApiName);
        var candidates = store.Values.Skip(FirstCandidate(store, filters)).Where(r => filters.All(f => FilterMatcher.Matches(schema, r, f)));
        List<JsonObject> matching;
        if (orders.Count == 1 && totalsOff)
        {
            // _id order is the store's order and nobody wants a total: read just this page.
            matching = candidates.Take(offset + limit).ToList();
        }
        else if (orders.Count == 1)
        {
            matching = candidates.ToList();
        }
        else
        {
            // Other orders sort on keys read once per record.
            matching = candidates
                .Select(r => (Record: r, Keys: orders.Select(o => JsonValues.AsString(r[o.Field])).ToArray()))
                .Order(Comparer<(JsonObject Record, string?[] Keys)>.Create((a, b) => CompareKeys(schema, orders, a.Keys, b.Keys)))
                .Select(p => p.Record)
                .ToList();
        }

        var page = matching.Skip(offset).Take(limit)
            .Select(r => (JsonNode?)RecordReader.Present(tenant, schema, r, context.UsesOpenUserIds, includeNull, projection))
            .ToArray();
        return new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["dataList"] = new JsonArray(page),
                ["offset"] = offset,
                ["limit"] = limit,
                ["total"] = totalsOff ? 0 : matching.Count,
            },
        };
    }

    private static List<QueryFilterSpec> ReadFilters(TenantState tenant, ObjectSchema schema, JsonObject info)
    {
        var filters = new List<QueryFilterSpec>();
        foreach (var node in info["filters"] as JsonArray ?? [])
        {
            // Casing matters: filters use snake_case (field_name, field_values), unlike orders.
            var filter = node as JsonObject;
            var name = JsonValues.AsString(filter?["field_name"])
                ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "filters[].field_name is required");
            var op = JsonValues.AsString(filter!["operator"])
                ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "filters[].operator is required");
            if (!FilterMatcher.Operators.Contains(op))
            {
                throw new EmulatorException(EmulatorErrorCodes.ParameterError, $"operator {op} is not supported");
            }

            if (schema.Field(name) is null)
            {
                throw new EmulatorException(EmulatorErrorCodes.ParameterError, $"filter field {name} does not exist on {schema.ApiName}");
            }

            if (filter["field_values"] is not JsonArray values)
            {
                throw new EmulatorException(EmulatorErrorCodes.ParameterError, "filters[].field_values must be a list");
            }

            var wanted = values.Select(JsonValues.AsString).OfType<string>()
                .Select(v => schema.Field(name)!.Type == FieldTypes.Employee && tenant.Employee(v) is { } e ? e.EmployeeId : v)
                .ToList();
            filters.Add(new QueryFilterSpec(name, wanted, op));
        }

        return filters;
    }

    private static List<(string Field, bool Ascending)> ReadOrders(ObjectSchema schema, JsonObject info)
    {
        var orders = new List<(string, bool)>();
        foreach (var node in info["orders"] as JsonArray ?? [])
        {
            var order = node as JsonObject;
            var name = JsonValues.AsString(order?["fieldName"])
                ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "orders[].fieldName is required");
            if (schema.Field(name) is null)
            {
                throw new EmulatorException(EmulatorErrorCodes.ParameterError, $"order field {name} does not exist on {schema.ApiName}");
            }

            orders.Add((name, order!["isAsc"] is not JsonValue asc || asc.GetValueKind() != JsonValueKind.False));
        }

        if (orders.Count == 0 || orders[^1] != ("_id", true))
        {
            orders.Add(("_id", true));
        }

        return orders;
    }

    /// <summary>Where an <c>_id GT/GTE</c> cursor lets the scan start (the store is sorted by _id).</summary>
    private static int FirstCandidate(SortedList<string, JsonObject> store, List<QueryFilterSpec> filters)
    {
        var start = 0;
        foreach (var filter in filters)
        {
            if (filter.FieldName != "_id" || filter.Operator is not ("GT" or "GTE") || filter.Values.Count == 0)
            {
                continue;
            }

            int low = 0, high = store.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                var comparison = string.CompareOrdinal(store.Keys[middle], filter.Values[0]);
                if (comparison < 0 || (comparison == 0 && filter.Operator == "GT"))
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            start = Math.Max(start, low);
        }

        return start;
    }

    private static int CompareKeys(ObjectSchema schema, List<(string Field, bool Ascending)> orders, string?[] a, string?[] b)
    {
        for (var i = 0; i < orders.Count; i++)
        {
            var (field, ascending) = orders[i];
            var result = (a[i], b[i]) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                var (left, right) => FilterMatcher.Compare(schema.Field(field)?.Type ?? FieldTypes.Text, left, right),
            };
            if (result != 0)
            {
                return ascending ? result : -result;
            }
        }

        return 0;
    }

    private static int? ReadInt(JsonObject node, string name) =>
        node[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) ? number : null;

    private static bool Flag(JsonObject node, string name) =>
        node[name] is JsonValue value && value.GetValueKind() == JsonValueKind.True;
}
