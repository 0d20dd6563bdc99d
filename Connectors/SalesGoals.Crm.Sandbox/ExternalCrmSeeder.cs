using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Emulator.Seeding;

namespace SalesGoals.Crm.Sandbox;

/// <summary>Seeds the Zoho and Fenxiang emulators with users (same e-mails as in Dataverse) and deals across stages.</summary>
internal sealed class ExternalCrmSeeder
{
    /// <summary>Fenxiang's sales_status codes in the emulated tenant: 1 open, 2 won, 3 lost, 4 invalid.</summary>
    public static IReadOnlyDictionary<string, string> FenxiangStatusMap { get; } =
        new Dictionary<string, string> { ["1"] = "Open", ["2"] = "Won", ["3"] = "Lost", ["4"] = "Lost" };

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly ZohoEmulator _zoho;
    private readonly FenxiangEmulator _fenxiang;
    private readonly DateTimeOffset _modifiedOn;
    private readonly List<SeededDeal> _deals = [];
    private int _nextEmployee = 2001;

    /// <param name="modifiedOn">When the deals were last changed in the external systems (their clocks, not the as-of date).</param>
    public ExternalCrmSeeder(ZohoEmulator zoho, FenxiangEmulator fenxiang, DateTimeOffset modifiedOn)
    {
        _zoho = zoho;
        _fenxiang = fenxiang;
        _modifiedOn = modifiedOn;
    }

    public IReadOnlyList<SeededDeal> Deals => _deals;

    public string ZohoUser(string fullName, string email)
    {
        var space = fullName.IndexOf(' ', StringComparison.Ordinal);
        return _zoho.Seed.AddUser(fullName[..space], fullName[(space + 1)..], email);
    }

    public string FenxiangEmployee(string fullName, string email)
    {
        var id = (_nextEmployee++).ToString(CultureInfo.InvariantCulture);
        _fenxiang.Tenant.AddEmployee(new EmulatedEmployee(id, fullName, "1380000" + id, email));
        return id;
    }

    public void ZohoDeal(string ownerId, string ownerEmail, string name, string stage, decimal amount, string currency, DateOnly closeDate)
    {
        var id = _zoho.Seed.AddDeal(new ZohoDealSeed(name, stage, amount, closeDate, ownerId)
        {
            Currency = currency,
            ModifiedTime = _modifiedOn,
        });
        var state = stage == "Closed Won" ? DealState.Won : stage.StartsWith("Closed Lost", StringComparison.Ordinal) ? DealState.Lost : DealState.Open;
        _deals.Add(new SeededDeal(ExternalSystem.Zoho, id, name, ownerEmail, state, amount, currency, closeDate));
    }

    public void FenxiangDeal(string employeeId, string ownerEmail, string name, string salesStatus, decimal amount, DateOnly closeDate)
    {
        var midnight = new DateTimeOffset(closeDate.ToDateTime(TimeOnly.MinValue), Shanghai.GetUtcOffset(closeDate.ToDateTime(TimeOnly.MinValue)));
        var id = _fenxiang.Tenant.Seed(FenxiangDefaultMapping.OpportunityObject, new JsonObject
        {
            ["name"] = name,
            ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
            ["sales_status"] = salesStatus,
            ["sales_stage"] = salesStatus == "2" ? "stage_5" : "stage_3",
            ["owner"] = new JsonArray(employeeId),
            ["close_date"] = midnight.ToUnixTimeMilliseconds(),
        }, _modifiedOn);
        var state = Enum.Parse<DealState>(FenxiangStatusMap[salesStatus]);
        _deals.Add(new SeededDeal(ExternalSystem.Fenxiang, id, name, ownerEmail, state, amount, "CNY", closeDate));
    }
}
