using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary>Checks incoming object_data against the describe and the value formats (money as strings,
/// times as epoch ms, select as option value, people as lists) and stores it. Call under the tenant lock.</summary>
internal static class RecordWriter
{
    public static void Apply(TenantState tenant, ObjectSchema schema, JsonObject target, JsonObject input, bool isCreate)
    {
        foreach (var (key, value) in input)
        {
            if (key is "dataObjectApiName" or "_id")
            {
                continue;
            }

            var field = schema.Field(key)
                ?? throw new EmulatorException(EmulatorErrorCodes.UnknownField, $"field {key} does not exist on {schema.ApiName}");
            if (field.IsSystem)
            {
                continue;
            }

            if (key == "owner" && !isCreate)
            {
                throw new EmulatorException(EmulatorErrorCodes.OwnerChangeNeedsChangeOwner, "owner cannot be changed by update; use changeOwner");
            }

            if (JsonValues.IsEmpty(value))
            {
                target.Remove(key);
                continue;
            }

            target[key] = Convert(tenant, schema, field, value!);
        }
    }

    public static void CheckRequiredAndUnique(TenantState tenant, ObjectSchema schema, JsonObject record)
    {
        foreach (var field in schema.Fields.Where(f => f.IsRequired && !f.IsSystem))
        {
            if (JsonValues.IsEmpty(record[field.ApiName]))
            {
                throw new EmulatorException(EmulatorErrorCodes.RequiredFieldMissing, $"required field {field.ApiName} is missing");
            }
        }

        var id = record["_id"]?.GetValue<string>();
        foreach (var field in schema.Fields.Where(f => f.IsUnique))
        {
            var value = JsonValues.AsString(record[field.ApiName]);
            if (value is null)
            {
                continue;
            }

            var clash = tenant.StoreOf(schema.ApiName).Values.Any(other =>
                !string.Equals(other["_id"]?.GetValue<string>(), id, StringComparison.Ordinal)
                && string.Equals(JsonValues.AsString(other[field.ApiName]), value, StringComparison.Ordinal));
            if (clash)
            {
                throw new EmulatorException(EmulatorErrorCodes.DuplicateUniqueValue, $"value of {field.ApiName} must be unique");
            }
        }
    }

    private static JsonNode Convert(TenantState tenant, ObjectSchema schema, FieldSchema field, JsonNode value)
    {
        var kind = value is JsonValue v ? v.GetValueKind() : value is JsonArray ? JsonValueKind.Array : JsonValueKind.Object;
        switch (field.Type)
        {
            case var t when FieldTypes.IsNumeric(t):
                if (kind != JsonValueKind.String || !JsonValues.TryDecimal(value.GetValue<string>(), out _))
                {
                    throw Format(field, "a number sent as a string, e.g. \"100.01\"");
                }

                return JsonValue.Create(value.GetValue<string>());
            case var t when FieldTypes.IsTime(t):
                if (kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out var ms))
                {
                    return JsonValue.Create(ms);
                }

                if (kind == JsonValueKind.String && long.TryParse(value.GetValue<string>(), out var parsed))
                {
                    return JsonValue.Create(parsed);
                }

                throw Format(field, "epoch milliseconds");
            case FieldTypes.SelectOne:
                var option = kind == JsonValueKind.String ? value.GetValue<string>() : null;
                if (option is null || field.Options?.Any(o => o.Key == option) != true)
                {
                    throw Format(field, "one of the option values (not labels): " + string.Join(", ", field.Options?.Select(o => o.Key) ?? []));
                }

                return JsonValue.Create(option);
            case var t when FieldTypes.IsPeople(t):
                if (value is not JsonArray people || people.Any(p => JsonValues.AsString(p) is null))
                {
                    throw Format(field, "a list of ids, even for one person, e.g. [\"1000\"]");
                }

                var stored = new JsonArray();
                foreach (var person in people)
                {
                    var id = JsonValues.AsString(person)!;
                    if (t == FieldTypes.Employee && id != TenantState.SystemUserId)
                    {
                        var employee = tenant.Employee(id)
                            ?? throw new EmulatorException(EmulatorErrorCodes.EmployeeMissing, $"employee {id} does not exist");
                        id = employee.EmployeeId;
                    }

                    stored.Add(id);
                }

                return stored;
            case FieldTypes.ObjectReference:
                var targetId = kind == JsonValueKind.String ? value.GetValue<string>() : throw Format(field, "the referenced record's _id");
                var targetApi = field.ReferenceTarget ?? schema.ApiName;
                var target = tenant.StoreOf(targetApi).GetValueOrDefault(targetId);
                if (target is null)
                {
                    throw new EmulatorException(EmulatorErrorCodes.LookupTargetMissing, $"{field.ApiName}: {targetApi} {targetId} does not exist");
                }

                return JsonValue.Create(targetId);
            case FieldTypes.TrueOrFalse:
                return kind is JsonValueKind.True or JsonValueKind.False ? JsonValue.Create(kind == JsonValueKind.True) : throw Format(field, "true or false");
            default:
                return kind == JsonValueKind.String ? JsonValue.Create(value.GetValue<string>()) : throw Format(field, "a string");
        }
    }

    private static EmulatorException Format(FieldSchema field, string expected) =>
        new(EmulatorErrorCodes.InvalidValueFormat, $"field {field.ApiName} ({field.Type}) expects {expected}");
}
