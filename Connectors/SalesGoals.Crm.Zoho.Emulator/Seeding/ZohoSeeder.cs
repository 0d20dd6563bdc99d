using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Zoho.Emulator.Http;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Zoho.Emulator.Seeding;

/// <summary>Puts users, accounts, deals, stages and schema changes into the emulated org from C#.</summary>
public sealed class ZohoSeeder
{
    private readonly ZohoOrgState _state;

    public ZohoSeeder(ZohoOrgState state) => _state = state;

    public string AddUser(string firstName, string lastName, string email, string status = "active")
    {
        lock (_state.Sync)
        {
            var user = new ZohoUserEntry(_state.Ids.Next(), firstName, lastName, email, status);
            _state.Users.Add(user);
            return user.Id;
        }
    }

    public string AddAccount(string name) => AddRecord(ZohoStandardSchemas.Accounts, new JsonObject { ["Account_Name"] = name }, null);

    public string AddDeal(ZohoDealSeed seed)
    {
        lock (_state.Sync)
        {
            var owner = _state.User(seed.OwnerId) ?? throw new ArgumentException($"No emulated user {seed.OwnerId}.", nameof(seed));
            var data = new JsonObject
            {
                ["Deal_Name"] = seed.Name,
                ["Amount"] = seed.Amount,
                ["Exchange_Rate"] = seed.ExchangeRate,
                ["Stage"] = seed.Stage,
                ["Closing_Date"] = ZohoFormats.Date(seed.ClosingDate),
                ["Owner"] = ZohoOrgState.UserRef(owner),
                ["Probability"] = seed.Probability,
            };
            if (seed.Currency is not null)
            {
                data["Currency"] = seed.Currency;
            }

            if (seed.AccountId is not null)
            {
                var account = _state.Records[ZohoStandardSchemas.Accounts][seed.AccountId];
                data["Account_Name"] = new JsonObject { ["name"] = account.Data["Account_Name"]?.DeepClone(), ["id"] = account.Id };
            }

            foreach (var (field, value) in seed.Extra)
            {
                data[field] = value;
            }

            return AddRecord(ZohoStandardSchemas.Deals, data, seed.ModifiedTime);
        }
    }

    public string AddRecord(string module, JsonObject data, DateTimeOffset? time)
    {
        lock (_state.Sync)
        {
            var at = time ?? _state.Now();
            var id = _state.Ids.Next();
            data["id"] = id;
            data["Created_Time"] = ZohoFormats.DateTime(at, _state.Zone);
            data["Modified_Time"] = ZohoFormats.DateTime(at, _state.Zone);
            data["Created_By"] = ZohoOrgState.UserRef(_state.Admin, withEmail: false);
            data["Modified_By"] = ZohoOrgState.UserRef(_state.Admin, withEmail: false);
            if (data["Owner"] is null)
            {
                data["Owner"] = ZohoOrgState.UserRef(_state.Admin);
            }

            _state.Records[module][id] = new ZohoRecordEntry(id, data, at, at);
            return id;
        }
    }

    /// <summary>Changes a record as a user would: Modified_Time moves to <paramref name="time"/> (or now).</summary>
    public void UpdateRecord(string module, string id, Action<JsonObject> change, DateTimeOffset? time = null)
    {
        lock (_state.Sync)
        {
            var entry = _state.Records[module][id];
            change(entry.Data);
            entry.Modified = time ?? _state.Now();
            entry.Data["Modified_Time"] = ZohoFormats.DateTime(entry.Modified, _state.Zone);
        }
    }

    public bool DeleteRecord(string module, string id, bool permanent = false) => ZohoRecordDeletion.Delete(_state, module, id, permanent);

    /// <summary>Adds a stage to the default pipeline (and the Stage pick list).</summary>
    public void AddStage(ZohoStage stage)
    {
        lock (_state.Sync)
        {
            _state.Pipelines[0].Stages.Add(stage);
            _state.SyncStageField();
        }
    }

    /// <summary>Renames a stage everywhere, as an admin renaming a pick-list option: records follow,
    /// their Modified_Time does not change, the forecast type stays.</summary>
    public void RenameStage(string oldValue, string newValue)
    {
        lock (_state.Sync)
        {
            foreach (var pipeline in _state.Pipelines)
            {
                var index = pipeline.Stages.FindIndex(s => s.Value == oldValue);
                if (index >= 0)
                {
                    pipeline.Stages[index] = pipeline.Stages[index] with { Value = newValue, DisplayValue = null };
                }
            }

            foreach (var entry in _state.Records[ZohoStandardSchemas.Deals].Values.Where(r => r.Data["Stage"]?.ToString() == oldValue))
            {
                entry.Data["Stage"] = newValue;
            }

            _state.SyncStageField();
        }
    }

    public void AddPipeline(string name, IEnumerable<ZohoStage> stages)
    {
        lock (_state.Sync)
        {
            _state.Pipelines.Add(new ZohoPipelineEntry(_state.Ids.Next(), name, false, stages.ToList()));
            _state.SyncStageField();
        }
    }

    public void SetPickList(string module, string field, IEnumerable<string> values)
    {
        lock (_state.Sync)
        {
            var schema = _state.Modules[module];
            var index = schema.Fields.FindIndex(f => f.ApiName == field);
            schema.Fields[index] = schema.Fields[index] with { PickList = values.ToList() };
        }
    }

    public void AddField(string module, ZohoFieldSchema field)
    {
        lock (_state.Sync)
        {
            _state.Modules[module].Fields.Add(field);
        }
    }

    public void RemoveField(string module, string field)
    {
        lock (_state.Sync)
        {
            _state.Modules[module].Fields.RemoveAll(f => f.ApiName == field);
        }
    }

    public void RemoveModule(string module)
    {
        lock (_state.Sync)
        {
            _state.Modules.Remove(module);
            _state.Records.Remove(module);
        }
    }

    /// <summary>A copy of a module's records, for assertions.</summary>
    public IReadOnlyList<JsonObject> Records(string module)
    {
        lock (_state.Sync)
        {
            return _state.Records.TryGetValue(module, out var records)
                ? records.Values.Select(r => (JsonObject)r.Data.DeepClone()).ToList()
                : [];
        }
    }
}
