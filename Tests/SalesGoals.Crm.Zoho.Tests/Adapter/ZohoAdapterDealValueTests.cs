using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Emulator.Diagnostics;
using SalesGoals.Crm.Zoho.Emulator.Seeding;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Adapter;

/// <summary>Amounts and currencies as Zoho leaves them: an empty amount is unknown (not 0), a deal without a
/// currency is in the org's home currency (GET /crm/v8/org), whatever the mapping's default says.</summary>
[TestClass]
public sealed class ZohoAdapterDealValueTests
{
    [TestMethod]
    public async Task Read_DealWithNullAmount_IsAProblemLineNotAZeroDeal()
    {
        await using var host = await ZohoTestHost.StartAsync();
        var owner = host.Emulator.Seed.AddUser("Mei", "Chen", "mei.chen@example.com");
        var empty = host.Emulator.Seed.AddDeal(new ZohoDealSeed("No amount yet", "Closed Won", null, new DateOnly(2026, 6, 30), owner));
        var priced = host.Emulator.Seed.AddDeal(new ZohoDealSeed("Priced", "Closed Won", 5_000m, new DateOnly(2026, 6, 30), owner));

        var batch = await host.Adapter(ZohoDefaultMapping.Create()).ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None);

        CollectionAssert.AreEqual(new[] { priced }, batch.Deals.Select(d => d.ExternalId).ToList());
        var problem = batch.Problems.Single();
        StringAssert.Contains(problem, empty);
        StringAssert.Contains(problem, "Amount");
        StringAssert.Contains(problem, "not counted as 0");
    }

    [TestMethod]
    [DataRow("INR", "Indian Rupee", "₹")]
    [DataRow("CNY", "Chinese Yuan", "¥")]
    public async Task Read_DealWithoutCurrency_IsInTheOrgsHomeCurrency(string isoCode, string name, string symbol)
    {
        await using var host = await ZohoTestHost.StartAsync(new ZohoEmulatorOptions
        {
            HomeCurrencyIsoCode = isoCode,
            HomeCurrencyName = name,
            HomeCurrencySymbol = symbol,
        });
        var owner = host.Emulator.Seed.AddUser("Mei", "Chen", "mei.chen@example.com");
        var homeDeal = host.Emulator.Seed.AddDeal(new ZohoDealSeed("Home", "Closed Won", 7_000m, new DateOnly(2026, 6, 30), owner) { Currency = null });
        var euroDeal = host.Emulator.Seed.AddDeal(new ZohoDealSeed("Euro", "Closed Won", 3_000m, new DateOnly(2026, 6, 30), owner) { Currency = "EUR" });
        var adapter = host.Adapter(ZohoDefaultMapping.Create());

        var first = await adapter.ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None);
        await adapter.ReadDealChangesAsync(SyncWatermark.Beginning, CancellationToken.None);

        var currencies = first.Deals.ToDictionary(d => d.ExternalId, d => d.CurrencyCode);
        Assert.AreEqual(isoCode, currencies[homeDeal]);
        Assert.AreEqual("EUR", currencies[euroDeal]);
        Assert.AreEqual(1, host.Emulator.Stats.CallsTo(ZohoRoutes.Org), "the org is read once per adapter");
    }
}
