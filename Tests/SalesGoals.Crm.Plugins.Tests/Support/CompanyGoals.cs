using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>E10's hierarchy: the locked, active 2026 company goal of 100,000,000 split by product line 40M / 50M / 10M.</summary>
public sealed record CompanyGoals(Guid Parent, Guid Hardware, Guid Software, Guid Services)
{
    public const int ProductLineHardware = 100000000;
    public const int ProductLineSoftware = 100000001;
    public const int ProductLineServices = 100000002;
    private const int SplitByDimension = 100000003;

    public static CompanyGoals Create(GoalWorld world)
    {
        var parent = world.Goal("2026 company").Year().Tiers(null, 100_000_000m, null).SplitBy(SplitByDimension).Create();
        var hardware = world.Goal("2026 hardware").Year().Tiers(null, 40_000_000m, null).Parent(parent, ProductLineHardware).Active().Create();
        var software = world.Goal("2026 software").Year().Tiers(null, 50_000_000m, null).Parent(parent, ProductLineSoftware).Active().Create();
        var services = world.Goal("2026 services").Year().Tiers(null, 10_000_000m, null).Parent(parent, ProductLineServices).Active().Create();
        world.AsManager.Update(new Entity(SgGoal.LogicalName, parent) { [SgGoal.Fields.GoalStatus] = new OptionSetValue(SgGoal.Options.StatusActive) });
        return new CompanyGoals(parent, hardware, software, services);
    }

    /// <summary>E10's reallocation: 5M moved from software (to 45M) to services (to 15M) under the locked parent.</summary>
    public AdjustmentBuilder FiveMillionToServices(GoalWorld world, string name) =>
        world.Adjustment(name).Reallocation(Parent).Line(Software, newTarget: 45_000_000m).Line(Services, newTarget: 15_000_000m);
}
