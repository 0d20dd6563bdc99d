using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Sandbox;
using SalesGoals.Crm.Testing.Time;
using SalesGoals.Crm.Worker.Configuration;
using SalesGoals.Crm.Worker.Hosting;
using SalesGoals.Crm.Worker.Messaging;
using SalesGoals.Crm.Worker.Tests.Support;

namespace SalesGoals.Crm.Worker.Tests.Connectors;

/// <summary>
/// A CRM the shared worker code has never heard of (<see cref="AcmeConnector"/>, defined in this test project only)
/// is offered to the worker host: its name is accepted in <c>Worker:Systems</c>, its settings are checked, its
/// default mapping is seeded in Dataverse, its deals are pulled into sg_externalactual and counted in the rep's goal,
/// and the goal's progress is published back to it. The only other change is the solution's choice option, made in a
/// copy of Solution/ as a real new connector would make it in Solution/OptionSets/sg_externalsystems.xml.
/// </summary>
[TestClass]
public sealed class ThirdConnectorTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Run_ConnectorOfferedOnlyByATestProject_ItsWinCountsInTheGoalAndTheGoalIsWrittenBack()
    {
        // Arrange
        using var folder = new TemporaryFolder();
        var solution = CopySolutionWithAcmeOption(folder.Path);
        await using var environment = await WorkerEnvironment.StartAsync(new SandboxOptions { SolutionFolder = solution });
        var sandbox = environment.Sandbox;
        var rep = sandbox.Seed.Reps[0];
        var repGoal = sandbox.Seed.RepGoalIds[rep.UserId];
        var before = (await sandbox.Dataverse.GetGoalsAsync(CancellationToken.None)).Single(g => g.Id == repGoal).Actual ?? 0m;
        var crm = new AcmeCrm();
        crm.Users.Add(new ExternalUserRef("acme-user-1", rep.Email));
        crm.Deals.Enqueue(new ExternalDeal
        {
            System = AcmeConnector.Acme,
            ExternalId = "acme-deal-1",
            Name = "Acme win",
            Amount = 12_345m,
            CurrencyCode = "CNY",
            State = DealState.Won,
            StageValue = "Signed",
            CloseDate = sandbox.Seed.Today,
            ModifiedOn = TestClocks.MachineNow,
            OwnerExternalId = "acme-user-1",
            OwnerEmail = rep.Email,
        });

        // Act
        var host = await environment.StartWorkerAsync("acme", settings =>
        {
            settings["Worker:Systems"] = "Acme";
        }, [.. WorkerConnectors.BuiltIn, AcmeConnector.Module(crm)]);
        var activity = host.Services.GetRequiredService<SyncActivity>();
        await WorkerEnvironment.WaitUntilAsync(
            async () => (await sandbox.Dataverse.GetGoalsAsync(CancellationToken.None)).Single(g => g.Id == repGoal).Actual == before + 12_345m
                && crm.GoalRows.TryGetValue(repGoal, out var row) && row.Actual == before + 12_345m,
            Deadline,
            () => $"rep actual {before} + 12345 in Dataverse and in Acme; failures: {string.Join(" | ", activity.Failures)}");

        // Assert
        var actual = (await sandbox.Dataverse.GetExternalActualsAsync(CancellationToken.None)).Single(a => a.ExternalId == "acme-deal-1");
        Assert.AreEqual(AcmeConnector.Acme, actual.System, "the row carries the new system's own choice value");
        Assert.AreEqual(rep.UserId, actual.OwnerUserId, "the owner is matched by e-mail like any system's");
        var mappingRows = await sandbox.Dataverse.GetMappingRowsAsync(CancellationToken.None);
        Assert.IsTrue(mappingRows.FieldRows.Any(r => r.System == AcmeConnector.OptionValue && r.ExternalObject == "Opportunity"), "the connector's default mapping was seeded");
        Assert.IsGreaterThanOrEqualTo(1, crm.Verifications, "the shared code verified the mapping through the connector's adapter");
    }

    [TestMethod]
    public void Validate_ThirdConnectorOfferedAndNamed_AcceptedAndItsMissingSecretListed()
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Worker:Systems"] = "Zoho,Acme",
            ["Acme:Url"] = "https://acme.invalid",
        }).Build();

        // Act
        var offered = ConfigurationValidator.Validate(configuration, [.. WorkerConnectors.BuiltIn, AcmeConnector.Module(new AcmeCrm())]);
        var notOffered = ConfigurationValidator.Validate(configuration);

        // Assert
        Assert.IsFalse(offered.Any(p => p.Contains("unknown system", StringComparison.Ordinal)), string.Join(Environment.NewLine, offered));
        Assert.IsTrue(offered.Any(p => p.StartsWith(AcmeConnector.ApiKeySetting + " is required; it is a secret", StringComparison.Ordinal)), string.Join(Environment.NewLine, offered));
        Assert.IsTrue(offered.Any(p => p.StartsWith("Zoho:ClientId is required", StringComparison.Ordinal)), "the built-in connector's settings are still checked");
        Assert.IsTrue(notOffered.Any(p => p.Contains("unknown system 'Acme'", StringComparison.Ordinal)), "a host that does not offer the connector refuses its name");
    }

    /// <summary>Solution/ with option 100000002 "Acme" added to the sg_externalsystems choice.</summary>
    private static string CopySolutionWithAcmeOption(string root)
    {
        var source = SolutionLocator.Locate(null);
        var target = Path.Combine(root, "Solution");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var choice = Path.Combine(target, "OptionSets", "sg_externalsystems.xml");
        var xml = File.ReadAllText(choice);
        const string Acme = """
                <option value="100000002" ExternalValue="" IsHidden="0">
                  <labels>
                    <label description="Acme" languagecode="1033" />
                  </labels>
                </option>
              </options>
            """;
        File.WriteAllText(choice, xml.Replace("  </options>", Acme, StringComparison.Ordinal));
        return target;
    }
}
