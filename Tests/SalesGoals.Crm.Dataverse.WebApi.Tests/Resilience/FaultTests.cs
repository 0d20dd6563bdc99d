using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Dataverse.WebApi.Errors;
using SalesGoals.Crm.Dataverse.WebApi.Tests.Support;

namespace SalesGoals.Crm.Dataverse.WebApi.Tests.Resilience;

[TestClass]
public sealed class FaultTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Call_429WithRetryAfter2s_RetriedNoSoonerThanRetryAfterAndSucceeds()
    {
        await using var harness = await WebApiHarness.StartAsync();
        harness.Api.ClearRequests();
        harness.Api.Faults.Throttle(1, TimeSpan.FromSeconds(2));

        var currencies = await harness.Gateway.GetCurrenciesAsync(Token);

        Assert.HasCount(2, currencies);
        var requests = harness.Api.Requests;
        Assert.AreEqual(429, requests[0].Status);
        Assert.AreEqual(200, requests[1].Status);
        Assert.IsGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.95), requests[1].ReceivedOn - requests[0].ReceivedOn);
    }

    [TestMethod]
    public async Task Call_Two503s_RetriedUntilAnswered()
    {
        await using var harness = await WebApiHarness.StartAsync();
        harness.Api.ClearRequests();
        harness.Api.Faults.ServiceUnavailable(2, TimeSpan.FromSeconds(1));

        await harness.Gateway.UpsertExternalActualsAsync(Deals.Many(5, harness.Cny), Token);

        CollectionAssert.AreEqual(new[] { 503, 503, 204 }, harness.Api.Requests.Select(r => r.Status).ToArray());
        Assert.HasCount(5, await harness.Gateway.GetExternalActualsAsync(Token));
    }

    [TestMethod]
    public async Task Call_ConnectionDropped_ResentAndNothingLost()
    {
        await using var harness = await WebApiHarness.StartAsync();
        harness.Api.ClearRequests();
        harness.Api.Faults.DropConnection(1);

        await harness.Gateway.UpsertExternalActualsAsync(Deals.Many(20, harness.Cny), Token);

        CollectionAssert.AreEqual(new[] { 0, 204 }, harness.Api.Requests.Select(r => r.Status).ToArray());
        Assert.HasCount(20, await harness.Gateway.GetExternalActualsAsync(Token));
    }

    [TestMethod]
    public async Task Call_TokenExpiresMidRun_401RenewsTheTokenOnceAndRetries()
    {
        await using var harness = await WebApiHarness.StartAsync();
        await harness.Gateway.GetUsersAsync(Token);
        harness.Api.ClearRequests();
        harness.Api.Tokens.ExpireAll();

        var users = await harness.Gateway.GetUsersAsync(Token);

        Assert.IsNotEmpty(users);
        CollectionAssert.AreEqual(new[] { 401, 200 }, harness.Api.Requests.Select(r => r.Status).ToArray());
        Assert.AreEqual(2, harness.Credential.Requests, "one token at start, one renewal");
    }

    [TestMethod]
    public async Task Call_ManyCallsOneToken_TokenCachedUntilNearExpiry()
    {
        await using var harness = await WebApiHarness.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await harness.Gateway.GetCurrenciesAsync(Token);
        }

        Assert.AreEqual(1, harness.Credential.Requests);
    }

    [TestMethod]
    public async Task Call_TokenWithinRefreshMargin_RenewedBeforeItExpires()
    {
        await using var harness = await WebApiHarness.StartAsync(tokenLifetime: TimeSpan.FromMinutes(4));

        await harness.Gateway.GetCurrenciesAsync(Token);
        await harness.Gateway.GetCurrenciesAsync(Token);

        Assert.AreEqual(2, harness.Credential.Requests, "a 4-minute token is inside the 5-minute margin, so each call renews it");
        Assert.IsTrue(harness.Api.Requests.All(r => r.Status == 200));
    }

    [TestMethod]
    public async Task Call_ThrottledLongerThanTheRetryBudget_TypedErrorWithDataverseCode()
    {
        await using var harness = await WebApiHarness.StartAsync(o => o.MaxRetryAttempts = 1);
        harness.Api.Faults.Throttle(2, TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsExactlyAsync<DataverseWebApiException>(() => harness.Gateway.GetCurrenciesAsync(Token));

        Assert.AreEqual(429, error.StatusCode);
        Assert.AreEqual("0x80072322", error.HexCode);
        Assert.Contains("Number of requests exceeded", error.Message);
    }

    [TestMethod]
    public async Task Call_ManyConcurrentCallsUnderThrottling_NoneDroppedConcurrencyCapped()
    {
        await using var harness = await WebApiHarness.StartAsync(o => o.MaxConcurrency = 2);
        harness.Api.Faults.Throttle(3, TimeSpan.FromSeconds(1));

        var calls = Enumerable.Range(0, 12).Select(_ => harness.Gateway.GetCurrenciesAsync(Token)).ToList();
        var results = await Task.WhenAll(calls);

        Assert.IsTrue(results.All(r => r.Count == 2), "every call answered");
    }
}
