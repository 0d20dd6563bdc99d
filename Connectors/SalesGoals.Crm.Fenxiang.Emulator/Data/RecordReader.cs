using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary>Shapes a stored record for an answer: people in the caller's id form with a nested <c>__r</c>
/// object (<c>"owner__r":{"id":"1000","name":"…","email":"…"}</c>, as Fenxiang sends it; <c>created_by__r</c> in
/// the published get sample is such an object too), lookups with a <c>__r</c> display name, empty fields omitted
/// unless includeNull, projection applied. Under the lock.</summary>
internal static class RecordReader
{
    public static JsonObject Present(
        TenantState tenant, ObjectSchema schema, JsonObject stored, bool openUserIds, bool includeNull, IReadOnlyCollection<string>? projection)
    {
        var answer = new JsonObject();
        foreach (var (key, value) in stored)
        {
            if (projection is { Count: > 0 } && key != "_id" && !projection.Contains(key))
            {
                continue;
            }

            var field = schema.Field(key);
            if (JsonValues.IsEmpty(value))
            {
                if (includeNull)
                {
                    answer[key] = null;
                }

                continue;
            }

            if (field is not null && FieldTypes.IsPeople(field.Type) && value is JsonArray people)
            {
                answer[key] = new JsonArray(people.Select(p => (JsonNode?)JsonValue.Create(PersonId(tenant, field, JsonValues.AsString(p)!, openUserIds))).ToArray());
                if (field.Type == FieldTypes.Employee && people.Count == 1 && PersonObject(tenant, JsonValues.AsString(people[0])!) is { } person)
                {
                    answer[key + "__r"] = person;
                }

                continue;
            }

            answer[key] = value!.DeepClone();
            if (field?.Type == FieldTypes.ObjectReference && field.ReferenceTarget is { } target
                && tenant.StoreOf(target).GetValueOrDefault(JsonValues.AsString(value) ?? "") is { } referenced)
            {
                answer[key + "__r"] = referenced["name"]?.DeepClone();
            }
        }

        if (includeNull)
        {
            foreach (var field in schema.Fields.Where(f => !answer.ContainsKey(f.ApiName)))
            {
                if (projection is not { Count: > 0 } || projection.Contains(field.ApiName))
                {
                    answer[field.ApiName] = null;
                }
            }
        }

        return answer;
    }

    /// <summary>The nested employee object Fenxiang puts beside a people field; the system user "-10000" is 系统.</summary>
    private static JsonObject? PersonObject(TenantState tenant, string stored)
    {
        if (stored == TenantState.SystemUserId)
        {
            return new JsonObject { ["id"] = stored, ["name"] = TenantState.SystemUserName, ["nickname"] = TenantState.SystemUserName, ["status"] = 0 };
        }

        return tenant.Employee(stored) is { } employee
            ? new JsonObject
            {
                ["id"] = employee.EmployeeId,
                ["name"] = employee.Name,
                ["nickname"] = employee.Name,
                ["email"] = employee.Email ?? string.Empty,
                ["status"] = employee.IsStop ? 1 : 0,
            }
            : null;
    }

    private static string PersonId(TenantState tenant, FieldSchema field, string stored, bool openUserIds) =>
        openUserIds && field.Type == FieldTypes.Employee && tenant.Employee(stored) is { } employee ? employee.OpenUserId : stored;
}
