using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Tests.Support;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Worker.Dataverse;

namespace SalesGoals.Crm.Dataverse.WebApi.Tests.Gateway;

[TestClass]
public sealed class WebApiDataverseGatewayTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task UpsertExternalActualAsync_NewThenSameKey_CreatesOnceThenUpdatesEveryColumn()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var owner = harness.Environment.Seed.User("Li Na");
        var deal = Deals.Deal(1, harness.Cny) with { OwnerUserId = owner, ProductLine = 100_000_001, AccountName = "Contoso 上海" };

        var created = await harness.Gateway.UpsertExternalActualAsync(deal, Token);
        var updated = await harness.Gateway.UpsertExternalActualAsync(deal with { Amount = 2500.55m, State = DealState.Lost }, Token);

        Assert.IsTrue(created);
        Assert.IsFalse(updated);
        var row = (await harness.Gateway.GetExternalActualsAsync(Token)).Single();
        Assert.AreEqual(2500.55m, row.Amount);
        Assert.AreEqual(DealState.Lost, row.State);
        Assert.AreEqual(owner, row.OwnerUserId);
        Assert.AreEqual(harness.Cny, row.CurrencyId);
        Assert.AreEqual(deal.CloseDate, row.CloseDate);
        Assert.AreEqual(100_000_001, row.ProductLine);
        Assert.AreEqual("Contoso 上海", row.AccountName);
    }

    [TestMethod]
    public async Task GetUsersAsync_SeededUsers_ReturnsThemWithIds()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var user = harness.Environment.Seed.User("Wang Fang");

        var users = await harness.Gateway.GetUsersAsync(Token);

        Assert.IsTrue(users.Any(u => u.Id == user && u.FullName == "Wang Fang" && u.IsActive));
    }

    [TestMethod]
    public async Task GetCurrenciesAsync_SeededCurrencies_MapsIsoCodeToId()
    {
        await using var harness = await WebApiHarness.StartAsync();

        var currencies = await harness.Gateway.GetCurrenciesAsync(Token);

        Assert.AreEqual(harness.Cny, currencies["CNY"]);
        Assert.AreEqual(harness.Usd, currencies["usd"]);
    }

    [TestMethod]
    public async Task SaveSyncStateAsync_TwiceForOneObject_KeepsOneRowWithTheLatestWatermark()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var first = new SyncStateRecord { System = ExternalSystem.Fenxiang, ObjectName = "OpportunityObj", Watermark = "w1", LastRunOn = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero) };

        await harness.Gateway.SaveSyncStateAsync(first, Token);
        await harness.Gateway.SaveSyncStateAsync(first with { Watermark = "w2", LastSuccessOn = first.LastRunOn, RecordsProcessed = 7 }, Token);
        var state = await harness.Gateway.GetSyncStateAsync(ExternalSystem.Fenxiang, "OpportunityObj", Token);
        var other = await harness.Gateway.GetSyncStateAsync(ExternalSystem.Zoho, "OpportunityObj", Token);

        Assert.IsNotNull(state);
        Assert.AreEqual("w2", state.Watermark);
        Assert.AreEqual(7, state.RecordsProcessed);
        Assert.AreEqual(first.LastRunOn, state.LastSuccessOn);
        Assert.IsNull(other);
    }

    [TestMethod]
    public async Task DeleteExternalActualAsync_ExistingThenMissing_TrueThenFalse()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var deal = Deals.Deal(3, harness.Cny);
        await harness.Gateway.UpsertExternalActualAsync(deal, Token);

        var first = await harness.Gateway.DeleteExternalActualAsync(ExternalSystem.Zoho, deal.ExternalId, Token);
        var second = await harness.Gateway.DeleteExternalActualAsync(ExternalSystem.Zoho, deal.ExternalId, Token);

        Assert.IsTrue(first);
        Assert.IsFalse(second);
        Assert.IsEmpty(await harness.Gateway.GetExternalActualsAsync(Token));
    }

    [TestMethod]
    public async Task UpsertExternalActualAsync_ExternalIdWithQuote_AddressesTheRowByItsKey()
    {
        await using var harness = await WebApiHarness.StartAsync();
        var deal = Deals.Deal(4, harness.Cny) with { ExternalId = "O'Brien/42" };

        await harness.Gateway.UpsertExternalActualAsync(deal, Token);
        await harness.Gateway.UpsertExternalActualAsync(deal with { Amount = 7m }, Token);

        var row = (await harness.Gateway.GetExternalActualsAsync(Token)).Single();
        Assert.AreEqual("O'Brien/42", row.ExternalId);
        Assert.AreEqual(7m, row.Amount);
    }
}
