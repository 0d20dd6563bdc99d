using System;
using SalesGoals.Crm.GoalEngine.Decomposition;

namespace SalesGoals.Crm.GoalEngine.Tests.Decomposition;

/// <summary>
/// goals.md §2 rounding at its edges: weights of any size (last year's revenue as a weight easily
/// passes 2^32 and 2^64 in cents), every allowed precision, mixed decimal places.
/// </summary>
[TestClass]
public class AllocatorBoundaryTests
{
    [TestMethod]
    public void Allocate_WeightsOfBillions_SplitByTheirRatio()
    {
        var parts = Allocator.Allocate(1_000.00m, new[] { 6_000_000_000m, 3_000_000_000m, 1_000_000_000m }, 2);

        CollectionAssert.AreEqual(new[] { 600.00m, 300.00m, 100.00m }, parts);
    }

    [TestMethod]
    public void Allocate_WeightsBeyondTwoToThe64_SplitByTheirRatio()
    {
        var parts = Allocator.Allocate(400m, new[] { 30_000_000_000_000_000_000m, 10_000_000_000_000_000_000m }, 0);

        CollectionAssert.AreEqual(new[] { 300m, 100m }, parts);
    }

    [TestMethod]
    public void Allocate_WeightJustAboveTwoToThe32AndOne_EachGetsItsWeight()
    {
        // 2^32 + 1 against 1: each child gets exactly its weight.
        var parts = Allocator.Allocate(4_294_967_298m, new[] { 4_294_967_297m, 1m }, 0);

        CollectionAssert.AreEqual(new[] { 4_294_967_297m, 1m }, parts);
    }

    [TestMethod]
    public void Allocate_WeightsWithDifferentDecimalPlaces_UseTheirValues()
    {
        var parts = Allocator.Allocate(100m, new[] { 0.25m, 0.5m, 0.250m }, 0);

        CollectionAssert.AreEqual(new[] { 25m, 50m, 25m }, parts);
    }

    [TestMethod]
    [DataRow(0, "4")]
    [DataRow(10, "3.3333333334")]
    public void Allocate_PrecisionAtItsLimits_RoundsToThatManyPlaces(int precision, string firstPart)
    {
        var parts = Allocator.Allocate(10m, new[] { 1m, 1m, 1m }, precision);

        Assert.AreEqual(firstPart, parts[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual(10m, parts[0] + parts[1] + parts[2]);
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(11)]
    public void Allocate_PrecisionOutOfRange_ThrowsClearError(int precision)
    {
        var error = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Allocator.Allocate(10m, new[] { 1m }, precision));

        StringAssert.Contains(error.Message, "0..10");
    }

    [TestMethod]
    public void Allocate_NoChildren_ThrowsClearError()
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => Allocator.Allocate(10m, Array.Empty<decimal>(), 0));

        StringAssert.Contains(error.Message, "no children");
    }

    [TestMethod]
    public void Allocate_NegativeTotalWithZeroWeightChild_ZeroIsNotNegative()
    {
        var parts = Allocator.Allocate(-10.00m, new[] { 1m, 0m }, 2);

        Assert.AreEqual("-10.00", parts[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.AreEqual("0.00", parts[1].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    [DataRow(2.5, 3.0)]
    [DataRow(-2.5, -3.0)]
    [DataRow(2.4999, 2.0)]
    public void RoundTo_Midpoint_RoundsHalfAwayFromZero(double amount, double expected)
    {
        Assert.AreEqual((decimal)expected, Allocator.RoundTo((decimal)amount, 0));
    }
}
