using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Zoho.Errors;
using SalesGoals.Crm.Zoho.Records;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Emulator;

[TestClass]
public sealed class ZohoCoqlTests
{
    private ZohoTestHost _host = null!;
    private ZohoMetadataClient _client = null!;
    private DealSeeds _deals = null!;

    [TestInitialize]
    public async Task StartAsync()
    {
        _host = await ZohoTestHost.StartAsync();
        _client = _host.Services.GetRequiredService<ZohoMetadataClient>();
        _deals = new DealSeeds(_host.Emulator);
        _deals.Add("Closed Won", 500m);
        _deals.Add("Closed Won", 3000m);
        _deals.Add("Closed Won", 1500m, extra: new Dictionary<string, string> { ["Region"] = "EMEA North" });
        _deals.Add("Closed Lost", 9000m);
        _deals.Add("Qualification", 2000m, extra: new Dictionary<string, string> { ["Region"] = "Greater China" });
    }

    [TestCleanup]
    public async Task StopAsync() => await _host.DisposeAsync();

    private async Task<List<decimal>> AmountsAsync(string query) =>
        (await _client.QueryAsync(query, CancellationToken.None)).Select(r => r["Amount"]!.GetValue<decimal>()).ToList();

    [TestMethod]
    [DataRow("select Amount from Deals where Stage = 'Closed Won' and Amount >= 1000 order by Amount desc", new[] { 3000, 1500 })]
    [DataRow("select Amount from Deals where Stage = 'Closed Won' order by Amount limit 2", new[] { 500, 1500 })]
    [DataRow("select Amount from Deals where Stage = 'Closed Won' order by Amount limit 1, 2", new[] { 1500, 3000 })]
    [DataRow("select Amount from Deals where Stage = 'Closed Won' order by Amount limit 2 offset 1", new[] { 1500, 3000 })]
    [DataRow("select Amount from Deals where Stage in ('Closed Lost', 'Qualification') order by Amount", new[] { 2000, 9000 })]
    [DataRow("select Amount from Deals where Region is not null order by Amount", new[] { 1500, 2000 })]
    [DataRow("select Amount from Deals where (Stage = 'Closed Lost' or Amount < 600) order by Amount", new[] { 500, 9000 })]
    [DataRow("select Amount from Deals where Region like 'EMEA%'", new[] { 1500 })]
    [DataRow("select Amount from Deals where Amount between 1000 and 2500 order by Amount", new[] { 1500, 2000 })]
    public async Task Query_Subset_FiltersSortsAndPages(string query, int[] expected)
    {
        var amounts = await AmountsAsync(query);

        CollectionAssert.AreEqual(expected.Select(e => (decimal)e).ToList(), amounts);
    }

    [TestMethod]
    public async Task Query_Lookups_ComeBackAsIdsAndDottedFieldsReadThrough()
    {
        var rows = await _client.QueryAsync($"select Owner, Owner.email from Deals where Owner = '{_deals.OwnerId}' limit 1", CancellationToken.None);

        Assert.AreEqual(_deals.OwnerId, rows[0]["Owner"]!["id"]!.GetValue<string>());
        Assert.IsNull(rows[0]["Owner"]!["email"]);
        Assert.AreEqual("mei.chen@example.com", rows[0]["Owner.email"]!.GetValue<string>());
        Assert.IsNotNull(rows[0]["id"]);
    }

    [TestMethod]
    public async Task Query_NothingMatches_IsEmpty()
    {
        var rows = await _client.QueryAsync("select Amount from Deals where Stage = 'Nope'", CancellationToken.None);

        Assert.IsEmpty(rows);
    }

    [TestMethod]
    [DataRow("select Amount from Deals limit 2001", "limit")]
    [DataRow("select Amount from Deals limit s", "limit")]
    [DataRow("select Bogus from Deals", "column_name")]
    [DataRow("select Amount from Nowhere", "module")]
    [DataRow("select Amount Deals", "clause")]
    public async Task Query_Invalid_IsInvalidQueryNamingTheProblem(string query, string detail)
    {
        var error = await Assert.ThrowsExactlyAsync<ZohoApiException>(() => _client.QueryAsync(query, CancellationToken.None));

        Assert.AreEqual(ZohoErrorKind.InvalidQuery, error.Kind);
        Assert.IsTrue(error.Error.Details!.ContainsKey(detail), string.Join(",", error.Error.Details.Keys));
    }
}
