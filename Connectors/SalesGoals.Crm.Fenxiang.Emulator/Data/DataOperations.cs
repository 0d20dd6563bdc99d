using System;
using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Fenxiang.Emulator.Faults;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary>
/// <c>/cgi/crm/{v2|custom/v2}/data/{op}</c>. dataObjectApiName sits inside object_data for create and
/// update, directly under data for the rest; the path family must match the object (custom = __c).
/// </summary>
internal sealed class DataOperations
{
    private readonly TenantState _tenant;
    private readonly FaultSwitches _faults;

    public DataOperations(TenantState tenant, FaultSwitches faults)
    {
        _tenant = tenant;
        _faults = faults;
    }

    public JsonObject Handle(RequestContext context, bool customFamily, string operation)
    {
        var data = context.Data;
        var apiName = operation is "create" or "update"
            ? JsonValues.AsString((data["object_data"] as JsonObject)?["dataObjectApiName"])
                ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.object_data.dataObjectApiName is required for " + operation)
            : JsonValues.AsString(data["dataObjectApiName"])
                ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.dataObjectApiName is required for " + operation);
        lock (_tenant.Gate)
        {
            var schema = _tenant.Schema(apiName)
                ?? throw new EmulatorException(EmulatorErrorCodes.ObjectNotFound, $"object {apiName} does not exist");
            if (schema.IsCustom != customFamily)
            {
                throw new EmulatorException(
                    EmulatorErrorCodes.WrongPathFamily,
                    schema.IsCustom ? $"{apiName} is a custom object: use /cgi/crm/custom/v2/data/{operation}" : $"{apiName} is a preset object: use /cgi/crm/v2/data/{operation}");
            }

            return operation switch
            {
                "query" => QueryEngine.Run(_tenant, schema, context),
                "get" => Get(schema, context),
                "create" => Create(schema, context),
                "update" => Update(schema, context),
                "invalid" => Invalid(schema, context),
                "delete" => Delete(schema, context),
                "recover" => Recover(schema, context),
                "changeOwner" => ChangeOwner(schema, context),
                _ => throw new EmulatorException(EmulatorErrorCodes.ParameterError, $"unknown operation {operation}"),
            };
        }
    }

    private JsonObject Get(ObjectSchema schema, RequestContext context)
    {
        var id = JsonValues.AsString(context.Data["objectDataId"])
            ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.objectDataId is required");
        var record = Existing(schema, id);
        var includeNull = context.Body["includeNull"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.True;
        return new JsonObject { ["data"] = RecordReader.Present(_tenant, schema, record, context.UsesOpenUserIds, includeNull, null) };
    }

    private JsonObject Create(ObjectSchema schema, RequestContext context)
    {
        var input = (JsonObject)context.Data["object_data"]!;
        var failure = _faults.TakeWriteFailure(input);
        if (failure is { ExecuteFirst: false })
        {
            throw new EmulatorException(failure.ErrorCode, "injected failure");
        }

        var record = new JsonObject();
        RecordWriter.Apply(_tenant, schema, record, input, isCreate: true);
        var now = _tenant.NowMs();
        var id = _tenant.NextId();
        record["_id"] = id;
        record["create_time"] = now;
        record["last_modified_time"] = now;
        record["created_by"] = new JsonArray(context.ActingEmployeeId);
        record["last_modified_by"] = new JsonArray(context.ActingEmployeeId);
        record["life_status"] = "normal";
        record["lock_status"] = "0";
        record["is_deleted"] = false;
        record["record_type"] = "default__c";
        RecordWriter.CheckRequiredAndUnique(_tenant, schema, record);
        _tenant.StoreOf(schema.ApiName)[id] = record;
        if (failure is not null)
        {
            throw new EmulatorException(failure.ErrorCode, "injected failure after the write ran");
        }

        return new JsonObject { ["dataId"] = id };
    }

    private JsonObject Update(ObjectSchema schema, RequestContext context)
    {
        var input = (JsonObject)context.Data["object_data"]!;
        var id = JsonValues.AsString(input["_id"])
            ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.object_data._id is required for update");
        var stored = Existing(schema, id);
        if (JsonValues.AsString(stored["life_status"]) == "invalid")
        {
            throw new EmulatorException(EmulatorErrorCodes.RecordInvalidated, $"{schema.ApiName} {id} is invalidated");
        }

        var failure = _faults.TakeWriteFailure(input) ?? _faults.TakeWriteFailure(stored);
        if (failure is { ExecuteFirst: false })
        {
            throw new EmulatorException(failure.ErrorCode, "injected failure");
        }

        var changed = (JsonObject)stored.DeepClone();
        RecordWriter.Apply(_tenant, schema, changed, input, isCreate: false);
        RecordWriter.CheckRequiredAndUnique(_tenant, schema, changed);
        changed["last_modified_time"] = _tenant.NowMs();
        changed["last_modified_by"] = new JsonArray(context.ActingEmployeeId);
        _tenant.StoreOf(schema.ApiName)[id] = changed;
        if (failure is not null)
        {
            throw new EmulatorException(failure.ErrorCode, "injected failure after the write ran");
        }

        return [];
    }

    private JsonObject Invalid(ObjectSchema schema, RequestContext context)
    {
        var id = JsonValues.AsString(context.Data["object_data_id"])
            ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.object_data_id is required");
        var record = Existing(schema, id);
        record["life_status"] = "invalid";
        record["last_modified_time"] = _tenant.NowMs();
        return [];
    }

    private JsonObject Delete(ObjectSchema schema, RequestContext context)
    {
        var ids = IdList(context);
        foreach (var id in ids)
        {
            if (JsonValues.AsString(Existing(schema, id)["life_status"]) != "invalid")
            {
                throw new EmulatorException(EmulatorErrorCodes.DeleteNeedsInvalidFirst, $"{schema.ApiName} {id} must be invalidated before delete");
            }
        }

        foreach (var id in ids)
        {
            _tenant.StoreOf(schema.ApiName).Remove(id);
        }

        return [];
    }

    private JsonObject Recover(ObjectSchema schema, RequestContext context)
    {
        foreach (var id in IdList(context))
        {
            var record = Existing(schema, id);
            record["life_status"] = "normal";
            record["last_modified_time"] = _tenant.NowMs();
        }

        return [];
    }

    private JsonObject ChangeOwner(ObjectSchema schema, RequestContext context)
    {
        // Capital D: data.Data[] — a lower-case "data" inside data is the usual mistake.
        var changes = context.Data["Data"] as JsonArray
            ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.Data (capital D) is required for changeOwner");
        var owner = schema.Field("owner")!;
        var staged = changes.Select(node =>
        {
            var change = node as JsonObject ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.Data[] must hold objects");
            var id = JsonValues.AsString(change["objectDataId"])
                ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.Data[].objectDataId is required");
            var probe = new JsonObject();
            RecordWriter.Apply(_tenant, schema, probe, new JsonObject { ["owner"] = change["ownerId"]?.DeepClone() }, isCreate: true);
            return (Record: Existing(schema, id), Owner: probe["owner"] ?? throw new EmulatorException(EmulatorErrorCodes.ParameterError, "ownerId is required"));
        }).ToList();
        foreach (var (record, value) in staged)
        {
            record[owner.ApiName] = value.DeepClone();
            record["last_modified_time"] = _tenant.NowMs();
        }

        return [];
    }

    private JsonObject Existing(ObjectSchema schema, string id) =>
        _tenant.StoreOf(schema.ApiName).TryGetValue(id, out var record)
            ? record
            : throw new EmulatorException(EmulatorErrorCodes.RecordNotFound, $"{schema.ApiName} {id} does not exist");

    private static string[] IdList(RequestContext context) =>
        (context.Data["idList"] as JsonArray)?.Select(JsonValues.AsString).OfType<string>().ToArray() is { Length: > 0 } ids
            ? ids
            : throw new EmulatorException(EmulatorErrorCodes.ParameterError, "data.idList is required");
}
