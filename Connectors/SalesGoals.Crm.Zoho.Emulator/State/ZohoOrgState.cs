using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SalesGoals.Crm.Zoho.Emulator.State;

/// <summary>Everything the emulated org holds. Callers take <see cref="Sync"/> around reads and writes.</summary>
public sealed class ZohoOrgState
{
    public ZohoOrgState(TimeProvider time, TimeZoneInfo zone)
    {
        Time = time;
        Zone = zone;
        foreach (var module in ZohoStandardSchemas.Create())
        {
            Modules[module.ApiName] = module;
            Records[module.ApiName] = new Dictionary<string, ZohoRecordEntry>(StringComparer.Ordinal);
        }

        Admin = new ZohoUserEntry(Ids.Next(), "Emulator", "Admin", "admin@emulator.zoho.test");
        Users.Add(Admin);
        Pipelines.Add(new ZohoPipelineEntry(Ids.Next(), "Standard", true, ZohoStandardSchemas.DefaultStages.ToList()));
        SyncStageField();
    }

    public object Sync { get; } = new();

    public TimeProvider Time { get; }

    /// <summary>The org's time zone: every date-time is sent in its offset, as Zoho does.</summary>
    public TimeZoneInfo Zone { get; }

    public ZohoIdGenerator Ids { get; } = new();

    public string DealsLayoutId { get; } = "5725767000000091055";

    public ZohoUserEntry Admin { get; }

    public List<ZohoUserEntry> Users { get; } = [];

    public Dictionary<string, ZohoModuleSchema> Modules { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Dictionary<string, ZohoRecordEntry>> Records { get; } = new(StringComparer.Ordinal);

    public List<ZohoDeletedEntry> Deleted { get; } = [];

    public List<ZohoPipelineEntry> Pipelines { get; } = [];

    /// <summary>Zoho keeps Modified_Time to the second.</summary>
    public DateTimeOffset Now()
    {
        var now = Time.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    public ZohoModuleSchema? Module(string apiName) => Modules.GetValueOrDefault(apiName);

    public ZohoUserEntry? User(string id) => Users.FirstOrDefault(u => u.Id == id);

    /// <summary>Every stage of every pipeline, first definition winning.</summary>
    public IEnumerable<ZohoStage> AllStages() =>
        Pipelines.SelectMany(p => p.Stages).GroupBy(s => s.Value, StringComparer.Ordinal).Select(g => g.First());

    /// <summary>The Deals Stage field's pick list follows the pipelines' stages.</summary>
    public void SyncStageField()
    {
        var deals = Modules[ZohoStandardSchemas.Deals];
        var index = deals.Fields.FindIndex(f => f.ApiName == "Stage");
        if (index >= 0)
        {
            deals.Fields[index] = deals.Fields[index] with { PickList = AllStages().Select(s => s.Value).ToList() };
        }
    }

    public static JsonObject UserRef(ZohoUserEntry user, bool withEmail = true)
    {
        var node = new JsonObject { ["name"] = user.FullName, ["id"] = user.Id };
        if (withEmail)
        {
            node["email"] = user.Email;
        }

        return node;
    }
}
