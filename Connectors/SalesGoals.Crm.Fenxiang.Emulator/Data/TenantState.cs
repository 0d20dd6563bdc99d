using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;

namespace SalesGoals.Crm.Fenxiang.Emulator.Data;

/// <summary>The emulated enterprise: object describes, records, employees. Seed it from C#; the HTTP
/// operations go through the same lock.</summary>
public sealed class TenantState
{
    private readonly Dictionary<string, ObjectSchema> _schemas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedList<string, JsonObject>> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EmulatedEmployee> _employees = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private long _idCounter;
    private long _lastMs;

    /// <summary>Fenxiang's system user: owner of records created by flows, imports and integrations. It owns
    /// records like any employee but is no employee (not in /cgi/user/list).</summary>
    public const string SystemUserId = "-10000";

    public const string SystemUserName = "系统";

    public TenantState(TimeProvider time) => _time = time;

    internal Lock Gate { get; } = new();

    public IReadOnlyCollection<ObjectSchema> Objects
    {
        get
        {
            lock (Gate)
            {
                return _schemas.Values.ToList();
            }
        }
    }

    public IReadOnlyCollection<EmulatedEmployee> Employees
    {
        get
        {
            lock (Gate)
            {
                return _employees.Values.ToList();
            }
        }
    }

    /// <summary>Adds or replaces an object describe (its records are kept).</summary>
    public void DefineObject(ObjectSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        lock (Gate)
        {
            _schemas[schema.ApiName] = schema;
            if (!_records.ContainsKey(schema.ApiName))
            {
                _records[schema.ApiName] = new SortedList<string, JsonObject>(StringComparer.Ordinal);
            }
        }
    }

    public bool RemoveObject(string apiName)
    {
        lock (Gate)
        {
            _records.Remove(apiName);
            return _schemas.Remove(apiName);
        }
    }

    public ObjectSchema? Schema(string apiName)
    {
        lock (Gate)
        {
            return _schemas.GetValueOrDefault(apiName);
        }
    }

    public void AddEmployee(EmulatedEmployee employee)
    {
        ArgumentNullException.ThrowIfNull(employee);
        lock (Gate)
        {
            _employees[employee.EmployeeId] = employee;
        }
    }

    /// <summary>Inserts a record without the API's validation (seeding). Server fields are filled in;
    /// <paramref name="modifiedAt"/> backdates it. Returns the _id.</summary>
    public string Seed(string apiName, JsonObject fields, DateTimeOffset? modifiedAt = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        lock (Gate)
        {
            var store = StoreOf(apiName);
            var record = (JsonObject)fields.DeepClone();
            var id = record["_id"]?.GetValue<string>() ?? NextId();
            var ms = modifiedAt?.ToUnixTimeMilliseconds() ?? NowMs();
            record["_id"] = id;
            record["create_time"] ??= ms;
            record["last_modified_time"] = ms;
            record["life_status"] ??= "normal";
            record["lock_status"] ??= "0";
            record["is_deleted"] ??= false;
            record["record_type"] ??= "default__c";
            store[id] = record;
            return id;
        }
    }

    /// <summary>Changes a record as a user in the CRM would (bumps last_modified_time).</summary>
    public void Modify(string apiName, string id, Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (Gate)
        {
            var record = StoreOf(apiName).GetValueOrDefault(id) ?? throw new KeyNotFoundException($"{apiName} {id} does not exist.");
            change(record);
            record["last_modified_time"] = NowMs();
        }
    }

    /// <summary>A copy of the stored record (people as plain employee ids), or null.</summary>
    public JsonObject? Find(string apiName, string id)
    {
        lock (Gate)
        {
            return _records.GetValueOrDefault(apiName)?.GetValueOrDefault(id)?.DeepClone() as JsonObject;
        }
    }

    public IReadOnlyList<JsonObject> All(string apiName)
    {
        lock (Gate)
        {
            return _records.GetValueOrDefault(apiName)?.Values.Select(r => (JsonObject)r.DeepClone()).ToList() ?? [];
        }
    }

    public int Count(string apiName)
    {
        lock (Gate)
        {
            return _records.GetValueOrDefault(apiName)?.Count ?? 0;
        }
    }

    internal SortedList<string, JsonObject> StoreOf(string apiName) =>
        _records.TryGetValue(apiName, out var store) ? store : throw new KeyNotFoundException($"Object {apiName} is not defined.");

    internal EmulatedEmployee? Employee(string id)
    {
        if (_employees.TryGetValue(id, out var byPlainId))
        {
            return byPlainId;
        }

        return id.StartsWith(EmulatedEmployee.OpenUserIdPrefix, StringComparison.Ordinal)
            ? _employees.Values.FirstOrDefault(e => string.Equals(e.OpenUserId, id, StringComparison.Ordinal))
            : null;
    }

    internal IEnumerable<EmulatedEmployee> EmployeeList => _employees.Values;

    /// <summary>Mongo-like ids: seconds then a counter, so _id order follows creation order.</summary>
    internal string NextId()
    {
        var seconds = (uint)Math.Max(0, _time.GetUtcNow().ToUnixTimeSeconds());
        var counter = Interlocked.Increment(ref _idCounter);
        return seconds.ToString("x8", CultureInfo.InvariantCulture) + counter.ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>Server time in epoch ms, never behind an earlier stamp. Like the real service it is not
    /// unique: changes in the same millisecond share a stamp, and a stamp is never in the future — readers
    /// must bound their polls below "now" (the adapter's settle time) rather than rely on uniqueness.</summary>
    internal long NowMs()
    {
        var ms = _time.GetUtcNow().ToUnixTimeMilliseconds();
        _lastMs = Math.Max(ms, _lastMs);
        return _lastMs;
    }
}
