using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using SalesGoals.Crm.GoalEngine.Decomposition;

namespace SalesGoals.Crm.GoalEngine.Tests.Properties;

[TestClass]
public class AllocationProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static Gen<decimal> Weight =>
        from mantissa in Gen.Choose(0, 2_000_000)
        from scale in Gen.Choose(0, 9)
        select new decimal(mantissa, 0, 0, false, (byte)scale);

    private static Gen<AllocationCase> Cases =>
        from precision in Gen.Choose(0, 4)
        from high in Gen.Choose(0, 1_000_000)
        from low in Gen.Choose(0, 999_999)
        from weights in Gen.NonEmptyListOf(Weight)
        where weights.Any(w => w > 0m)
        select new AllocationCase(new decimal(((long)high * 1_000_000) + low) / Pow10(precision), weights.ToArray(), precision);

    [TestMethod]
    public void Allocate_AnyWeights_PartsSumExactlyToTotalAndStayWithinOneUnitOfShare()
    {
        Check.One(Runs, Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var parts = Allocator.Allocate(c.Total, c.Weights, c.Precision);
            var unit = 1m / Pow10(c.Precision);
            var weightSum = c.Weights.Sum();
            var closeToShare = parts.Select((p, i) => Math.Abs(p - (c.Total * (c.Weights[i] / weightSum)))).All(d => d < unit + 0.000001m);
            return parts.Sum() == c.Total && parts.All(p => p >= 0m && decimal.Round(p, c.Precision) == p) && closeToShare;
        }));
    }

    private static decimal Pow10(int precision) => Enumerable.Repeat(10m, precision).Aggregate(1m, (a, b) => a * b);

    public sealed record AllocationCase(decimal Total, decimal[] Weights, int Precision)
    {
        public override string ToString() => $"total {Total} p{Precision} weights [{string.Join(", ", Weights)}]";
    }
}
