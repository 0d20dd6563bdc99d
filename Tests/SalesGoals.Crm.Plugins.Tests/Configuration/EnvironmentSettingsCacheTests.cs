using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Plugins.Configuration;

namespace SalesGoals.Crm.Plugins.Tests.Configuration;

[TestClass]
public sealed class EnvironmentSettingsCacheTests
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 15, 4, 0, 0, TimeSpan.Zero);

    [TestMethod]
    [DataRow(0, 1, DisplayName = "same instant: cached")]
    [DataRow(59, 1, DisplayName = "59 s later: cached")]
    [DataRow(60, 2, DisplayName = "a minute later: read again")]
    [DataRow(-1, 2, DisplayName = "an older operation: read again")]
    public void Get_SecondExecution_ReadsAgainOnlyWhenTheSnapshotIsStaleOrFromItsFuture(int secondsLater, int expectedReads)
    {
        var organization = Guid.NewGuid();
        var reads = 0;
        EnvironmentSettingsSnapshot Read(DateTimeOffset now) => new(now, 0.20m + Interlocked.Increment(ref reads), null);

        EnvironmentSettingsCache.Get(organization, T0, Read);
        var second = EnvironmentSettingsCache.Get(organization, T0.AddSeconds(secondsLater), Read);

        Assert.AreEqual(expectedReads, reads);
        Assert.AreEqual(0.20m + expectedReads, second.AlertThreshold, "the execution sees the newest snapshot");
    }

    [TestMethod]
    public void Get_TwoOrganizations_NeverSeeEachOthersValues()
    {
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();

        EnvironmentSettingsCache.Get(first, T0, now => new(now, 0.20m, null));
        var other = EnvironmentSettingsCache.Get(second, T0, now => new(now, 0.25m, null));

        Assert.AreEqual(0.25m, other.AlertThreshold);
        Assert.AreEqual(0.20m, EnvironmentSettingsCache.Get(first, T0, now => new(now, 0.99m, null)).AlertThreshold);
    }

    [TestMethod]
    [Timeout(60_000)]
    public void Get_ManyThreadsAtOnce_EveryCallGetsAWholeSnapshotAndReadsStayFew()
    {
        var organization = Guid.NewGuid();
        var calendar = Guid.NewGuid();
        var reads = 0;

        var results = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => EnvironmentSettingsCache.Get(organization, T0, now =>
            {
                Interlocked.Increment(ref reads);
                return new EnvironmentSettingsSnapshot(now, 0.25m, calendar);
            }))
            .ToList();

        Assert.IsTrue(results.All(s => s.AlertThreshold == 0.25m && s.DefaultCalendarId == calendar));
        Assert.IsLessThanOrEqualTo(8, reads, "at most one read per thread that found no snapshot");
    }
}
