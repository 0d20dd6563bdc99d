using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Zoho.Emulator.Faults;
using SalesGoals.Crm.Zoho.Emulator.Http;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator.Endpoints;

/// <summary>Applies one record of an insert, update or upsert and returns its per-record result.
/// Callers hold the state lock.</summary>
public sealed class RecordWriter
{
    private readonly ZohoOrgState _state;
    private readonly ZohoFaults _faults;
    private readonly ZohoModuleSchema _schema;
    private readonly string _operation;
    private readonly IReadOnlyList<string> _duplicateCheckFields;

    // Value → record indexes of the fields looked up by value, built on first use within this call.
    private readonly Dictionary<string, Dictionary<string, ZohoRecordEntry>> _indexes = new(StringComparer.Ordinal);

    public RecordWriter(ZohoOrgState state, ZohoFaults faults, ZohoModuleSchema schema, string operation, IReadOnlyList<string>? duplicateCheckFields)
    {
        _state = state;
        _faults = faults;
        _schema = schema;
        _operation = operation;
        _duplicateCheckFields = duplicateCheckFields
            ?? schema.SystemDuplicateCheckFields.Concat(schema.Fields.Where(f => f.Unique).Select(f => f.ApiName)).Distinct(StringComparer.Ordinal).ToList();
    }

    private Dictionary<string, ZohoRecordEntry> Records => _state.Records[_schema.ApiName];

    public JsonObject Write(JsonNode? item, int index)
    {
        if (item is not JsonObject record)
        {
            return Failure("INVALID_DATA", "invalid data", new JsonObject { ["json_path"] = $"$.data[{index}]" });
        }

        if (_faults.TakeRecordFault(_schema.ApiName, record) is { } fault)
        {
            var field = _schema.Field(fault.ApiName);
            var details = new JsonObject { ["api_name"] = fault.ApiName, ["json_path"] = $"$.data[{index}].{fault.ApiName}" };
            if (fault.Code == "INVALID_DATA" && field is not null)
            {
                details["expected_data_type"] = FieldValueNormalizer.ExpectedType(field);
            }

            return Failure(fault.Code, fault.Code == "INVALID_DATA" ? "invalid data" : "the record could not be saved", details);
        }

        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in record)
        {
            var field = _schema.Field(name);
            if (field is null || field.ReadOnly)
            {
                continue; // Zoho ignores fields it does not know and read-only ones.
            }

            if (!FieldValueNormalizer.TryNormalize(field, value, _state, out var normalized))
            {
                return Failure("INVALID_DATA", "invalid data", new JsonObject
                {
                    ["expected_data_type"] = FieldValueNormalizer.ExpectedType(field),
                    ["api_name"] = name,
                    ["json_path"] = $"$.data[{index}].{name}",
                });
            }

            values[name] = normalized;
        }

        var (existing, duplicateField, error) = FindTarget(record, index);
        if (error is not null)
        {
            return error;
        }

        return existing is null ? Insert(values, index, duplicateField) : Update(existing, values, index, duplicateField);
    }

    private (ZohoRecordEntry? Existing, string? DuplicateField, JsonObject? Error) FindTarget(JsonObject record, int index)
    {
        var id = record["id"]?.ToString();
        if (_operation == "update")
        {
            if (id is null)
            {
                return (null, null, Failure("MANDATORY_NOT_FOUND", "required field not found", Path("id", index)));
            }

            return Records.TryGetValue(id, out var byId)
                ? (byId, null, null)
                : (null, null, Failure("INVALID_DATA", "the id given seems to be invalid", Path("id", index)));
        }

        if (_operation != "upsert")
        {
            return (null, null, null);
        }

        if (id is not null && Records.TryGetValue(id, out var upsertById))
        {
            return (upsertById, null, null);
        }

        foreach (var field in _duplicateCheckFields)
        {
            if (record[field] is not JsonValue value)
            {
                continue;
            }

            if (IndexOf(field).TryGetValue(value.ToJsonString(), out var match))
            {
                return (match, field, null);
            }
        }

        return (null, _duplicateCheckFields.Count > 0 ? _duplicateCheckFields[0] : null, null);
    }

    private JsonObject Insert(Dictionary<string, JsonNode?> values, int index, string? duplicateField)
    {
        var missing = _schema.Fields.FirstOrDefault(f => f.Mandatory && (!values.TryGetValue(f.ApiName, out var v) || v is null));
        if (missing is not null)
        {
            return Failure("MANDATORY_NOT_FOUND", "required field not found", Path(missing.ApiName, index));
        }

        if (Duplicate(values, exceptId: null, index) is { } duplicate)
        {
            return duplicate;
        }

        var now = _state.Now();
        var id = _state.Ids.Next();
        var data = new JsonObject
        {
            ["id"] = id,
            ["Owner"] = ZohoOrgState.UserRef(_state.Admin),
            ["Created_Time"] = ZohoFormats.DateTime(now, _state.Zone),
            ["Created_By"] = ZohoOrgState.UserRef(_state.Admin, withEmail: false),
        };
        var entry = new ZohoRecordEntry(id, data, now, now);
        Apply(entry, values, now);
        Records[id] = entry;
        return Success(entry, "record added", "insert", duplicateField);
    }

    private JsonObject Update(ZohoRecordEntry entry, Dictionary<string, JsonNode?> values, int index, string? duplicateField)
    {
        var cleared = _schema.Fields.FirstOrDefault(f => f.Mandatory && values.TryGetValue(f.ApiName, out var v) && v is null);
        if (cleared is not null)
        {
            return Failure("MANDATORY_NOT_FOUND", "required field not found", Path(cleared.ApiName, index));
        }

        if (Duplicate(values, entry.Id, index) is { } duplicate)
        {
            return duplicate;
        }

        Apply(entry, values, _state.Now());
        return Success(entry, "record updated", "update", duplicateField);
    }

    private JsonObject? Duplicate(Dictionary<string, JsonNode?> values, string? exceptId, int index)
    {
        foreach (var field in _schema.Fields.Where(f => f.Unique))
        {
            if (!values.TryGetValue(field.ApiName, out var value) || value is null)
            {
                continue;
            }

            if (IndexOf(field.ApiName).TryGetValue(value.ToJsonString(), out var other) && other.Id != exceptId)
            {
                var details = Path(field.ApiName, index);
                details["duplicate_record"] = new JsonObject { ["Owner"] = other.Data["Owner"]?.DeepClone(), ["id"] = other.Id };
                details["id"] = other.Id;
                details["more_records"] = false;
                return Failure("DUPLICATE_DATA", "duplicate data", details);
            }
        }

        return null;
    }

    private void Apply(ZohoRecordEntry entry, Dictionary<string, JsonNode?> values, DateTimeOffset now)
    {
        foreach (var (name, value) in values)
        {
            if (_indexes.TryGetValue(name, out var index))
            {
                if (entry.Data[name] is JsonValue old && index.TryGetValue(old.ToJsonString(), out var holder) && holder == entry)
                {
                    index.Remove(old.ToJsonString());
                }

                if (value is JsonValue updated)
                {
                    index.TryAdd(updated.ToJsonString(), entry);
                }
            }

            entry.Data[name] = value?.DeepClone();
        }

        entry.Modified = now;
        entry.Data["Modified_Time"] = ZohoFormats.DateTime(now, _state.Zone);
        entry.Data["Modified_By"] = ZohoOrgState.UserRef(_state.Admin, withEmail: false);
    }

    private Dictionary<string, ZohoRecordEntry> IndexOf(string field)
    {
        if (!_indexes.TryGetValue(field, out var index))
        {
            index = new Dictionary<string, ZohoRecordEntry>(StringComparer.Ordinal);
            foreach (var record in Records.Values)
            {
                if (record.Data[field] is JsonValue value)
                {
                    index.TryAdd(value.ToJsonString(), record);
                }
            }

            _indexes[field] = index;
        }

        return index;
    }

    private JsonObject Success(ZohoRecordEntry entry, string message, string action, string? duplicateField)
    {
        var result = new JsonObject { ["code"] = "SUCCESS" };
        if (_operation == "upsert")
        {
            result["duplicate_field"] = duplicateField;
            result["action"] = action;
        }

        result["details"] = new JsonObject
        {
            ["Modified_Time"] = entry.Data["Modified_Time"]?.DeepClone(),
            ["Modified_By"] = entry.Data["Modified_By"]?.DeepClone(),
            ["Created_Time"] = entry.Data["Created_Time"]?.DeepClone(),
            ["id"] = entry.Id,
            ["Created_By"] = entry.Data["Created_By"]?.DeepClone(),
        };
        result["message"] = message;
        result["status"] = "success";
        return result;
    }

    private static JsonObject Path(string apiName, int index) =>
        new() { ["api_name"] = apiName, ["json_path"] = $"$.data[{index}].{apiName}" };

    private static JsonObject Failure(string code, string message, JsonObject details) =>
        new() { ["code"] = code, ["details"] = details, ["message"] = message, ["status"] = "error" };
}
