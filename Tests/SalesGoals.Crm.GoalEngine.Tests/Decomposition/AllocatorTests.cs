using System;
using SalesGoals.Crm.GoalEngine.Decomposition;

namespace SalesGoals.Crm.GoalEngine.Tests.Decomposition;

[TestClass]
public class AllocatorTests
{
    [TestMethod]
    public void Allocate_E1ProductLines40_50_10_SplitsExactly()
    {
        var parts = Allocator.Allocate(100_000_000m, new[] { 40m, 50m, 10m }, 2);

        CollectionAssert.AreEqual(new[] { 40_000_000.00m, 50_000_000.00m, 10_000_000.00m }, parts);
        Assert.AreEqual("40000000.00", parts[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void Allocate_E2CapacitiesOverFiveReps_RoundsToCentsAndSumsToParent()
    {
        var parts = Allocator.Allocate(500_000m, new[] { 2m, 1.5m, 1m, 1m, 0.5m }, 2);

        CollectionAssert.AreEqual(new[] { 166_666.67m, 125_000.00m, 83_333.33m, 83_333.33m, 41_666.67m }, parts);
        Assert.AreEqual(500_000.00m, parts[0] + parts[1] + parts[2] + parts[3] + parts[4]);
    }

    [TestMethod]
    public void Allocate_E3TenNewCustomersOverCapacities2_1_1_TieGoesToEarlierChild()
    {
        var parts = Allocator.Allocate(10m, new[] { 2m, 1m, 1m }, 0);

        CollectionAssert.AreEqual(new[] { 5m, 3m, 2m }, parts);
    }

    [TestMethod]
    public void Allocate_EqualThirdsOfOneCent_GivesTheCentToTheFirstChild()
    {
        var parts = Allocator.Allocate(0.01m, new[] { 1m, 1m, 1m }, 2);

        CollectionAssert.AreEqual(new[] { 0.01m, 0m, 0m }, parts);
    }

    [TestMethod]
    public void Allocate_ZeroWeightChild_GetsNothing()
    {
        var parts = Allocator.Allocate(100m, new[] { 0m, 3m, 1m }, 2);

        CollectionAssert.AreEqual(new[] { 0m, 75m, 25m }, parts);
    }

    [TestMethod]
    public void Allocate_NegativeTotal_MirrorsThePositiveSplit()
    {
        var parts = Allocator.Allocate(-10m, new[] { 2m, 1m, 1m }, 0);

        CollectionAssert.AreEqual(new[] { -5m, -3m, -2m }, parts);
    }

    [TestMethod]
    public void Allocate_AllWeightsZero_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => Allocator.Allocate(100m, new[] { 0m, 0m }, 2));

        StringAssert.Contains(error.Message, "zero");
    }

    [TestMethod]
    public void Allocate_TotalFinerThanPrecision_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => Allocator.Allocate(10.5m, new[] { 1m, 1m }, 0));

        StringAssert.Contains(error.Message, "decimal places");
    }

    [TestMethod]
    public void Allocate_NegativeWeight_ThrowsClearError()
    {
        Assert.ThrowsExactly<ArgumentException>(() => Allocator.Allocate(10m, new[] { 1m, -1m }, 0));
    }
}
