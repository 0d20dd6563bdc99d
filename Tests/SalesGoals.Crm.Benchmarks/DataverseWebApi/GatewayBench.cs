using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.WebApi;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Dataverse.WebApi;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Benchmarks.DataverseWebApi;

/// <summary>
/// The gateway against the local Web API over loopback HTTP, plug-ins registered: HTTP requests and wall time per
/// 1,000 deals upserted (new, again, with two bad rows) and per 1,000 goals read. Median of 5 rounds after a warm-up.
/// <c>dotnet run -c Release --project Tests/SalesGoals.Crm.Benchmarks -- dataverse-webapi</c>
/// </summary>
public static class GatewayBench
{
    private const int Rounds = 5;

    public static async Task RunAsync(TextWriter output)
    {
        var folder = SolutionLocator.Locate(null, Environment.CurrentDirectory, AppContext.BaseDirectory);
        var environment = new LocalDataverseBuilder()
            .WithSolutionFolder(folder)
            .WithPluginAssembly(typeof(SalesGoals.Crm.Plugins.Infrastructure.PluginBase).Assembly)
            .Build();
        var cny = environment.Seed.Currency("CNY", 1m, isBase: true);
        SeedGoals(environment, cny, 1000);
        await using var api = await LocalDataverseWebApi.StartAsync(environment, SolutionReader.Load(folder).CustomApis);
        await using var services = new ServiceCollection()
            .AddDataverseGateway(new DataverseWebApiOptions { Url = api.Url, Credential = api.CreateCredential() })
            .BuildServiceProvider();
        var gateway = services.GetRequiredService<IDataverseGateway>();

        output.WriteLine("Dataverse Web API gateway -> local Web API (loopback HTTP, plug-ins on), median of 5 rounds");
        output.WriteLine("  operation                               HTTP requests   time (ms)");
        var round = 0;
        await Measure(output, api, "1,000 new deals upserted", () => gateway.UpsertExternalActualsAsync(Deals(++round * 10_000, cny, bad: false), CancellationToken.None));
        var same = Deals(0, cny, bad: false);
        await gateway.UpsertExternalActualsAsync(same, CancellationToken.None);
        await Measure(output, api, "1,000 existing deals upserted again", () => gateway.UpsertExternalActualsAsync(same, CancellationToken.None));
        await Measure(output, api, "1,000 new deals, 2 refused (per row)", () => gateway.UpsertExternalActualsAsync(Deals(++round * 10_000 + 500_000, cny, bad: true), CancellationToken.None));
        await Measure(output, api, "1,000 goals read (+ metrics, currencies)", () => gateway.GetGoalsAsync(CancellationToken.None));
    }

    private static async Task Measure<T>(TextWriter output, LocalDataverseWebApi api, string what, Func<Task<T>> run)
    {
        await run();
        var times = new List<double>();
        var requests = new List<int>();
        for (var i = 0; i < Rounds; i++)
        {
            api.ClearRequests();
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
            requests.Add(api.Requests.Count);
        }

        times.Sort();
        requests.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-40}  {requests[Rounds / 2],13}   {times[Rounds / 2],9:F0}"));
    }

    private static List<ExternalActualRecord> Deals(int start, Guid currency, bool bad) => Enumerable.Range(start, 1000).Select(i => new ExternalActualRecord
    {
        System = ExternalSystem.Zoho,
        ExternalId = "B-" + i.ToString(CultureInfo.InvariantCulture),
        Name = "Deal " + i.ToString(CultureInfo.InvariantCulture),
        ExternalObject = "Deals",
        Amount = 1000m + i,
        CurrencyCode = "CNY",
        CurrencyId = currency,
        State = DealState.Won,
        CloseDate = new DateOnly(2026, 3, 1),
        ProductLine = bad && i % 500 == 7 ? 7 : null,
    }).ToList();

    private static void SeedGoals(LocalDataverseEnvironment environment, Guid currency, int count)
    {
        for (var i = 0; i < count; i++)
        {
            environment.Seed.Row(new Entity("sg_goal")
            {
                ["sg_name"] = "Goal " + i.ToString("D4", CultureInfo.InvariantCulture),
                ["sg_targetvalue"] = 100_000m,
                ["sg_periodtype"] = new OptionSetValue(SchemaValues.YearPeriod),
                ["sg_periodstart"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                ["sg_periodend"] = new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc),
                ["sg_goalstatus"] = new OptionSetValue(SchemaValues.ActiveStatus),
                ["transactioncurrencyid"] = new EntityReference("transactioncurrency", currency),
            });
        }
    }
}
