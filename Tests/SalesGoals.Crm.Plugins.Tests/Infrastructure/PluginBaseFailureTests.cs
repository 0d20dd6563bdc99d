using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Goals;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Infrastructure;

/// <summary>How a step fails: a clear platform error when Dataverse does not hand it what it needs, and a broken
/// goal rule in the caller's own language (usersettings.uilanguageid), traced in English for the admin.</summary>
[TestClass]
public sealed class PluginBaseFailureTests
{
    [TestMethod]
    public void Execute_NoServiceProvider_SaysItWasCalledWithout()
    {
        // Act
        var failure = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => new CheckGoalOnCreate().Execute(null!));

        // Assert
        Assert.AreEqual("The plug-in was called without a service provider.", failure.Message);
    }

    [TestMethod]
    [DataRow("ITracingService")]
    [DataRow("IOrganizationServiceFactory")]
    [DataRow("IPluginExecutionContext")]
    public void Execute_PlatformLacksAService_NamesTheMissingService(string missing)
    {
        // Arrange
        var world = GoalWorld.Create();
        var provider = world.Provider(world.Context("Create", SgGoal.LogicalName), new RecordingTracingService());
        _ = missing switch
        {
            "ITracingService" => provider.Without<ITracingService>(),
            "IOrganizationServiceFactory" => provider.Without<IOrganizationServiceFactory>(),
            _ => provider.Without<IPluginExecutionContext>(),
        };

        // Act
        var failure = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => new CheckGoalOnCreate().Execute(provider));

        // Assert
        Assert.AreEqual($"The platform did not provide {missing}.", failure.Message);
    }

    [TestMethod]
    [DataRow(1033, 2052, "Goal \"Q1 East\": choose what it measures (a metric such as won revenue).")]
    [DataRow(2052, 1033, "目标“Q1 East”：请选择考核指标（例如赢单金额）。")]
    public void Create_RuleBroken_CallerReadsItInTheirOwnLanguageAndTheTraceInEnglish(int callerLanguage, int everyoneElse, string expected)
    {
        // Arrange: every other user, SYSTEM included, reads the other language, so only the caller's own row can decide.
        var world = GoalWorld.Create();
        foreach (var user in new[] { world.Env.SystemUserId, world.Director, world.Rep, world.OtherRep })
        {
            world.Env.Seed.UserLanguage(user, everyoneElse);
        }

        world.Env.Seed.UserLanguage(world.Manager, callerLanguage);
        world.Env.ClearTraces();

        // Act
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => world.Goal("Q1 East").With(F.MetricId, null).Create());

        // Assert
        Assert.AreEqual(expected, fault.Detail.Message);
        var rejected = fault.Detail.TraceText.Split(Environment.NewLine).Last();
        StringAssert.StartsWith(rejected, nameof(CheckGoalOnCreate) + " rejected the operation after ");
        StringAssert.EndsWith(rejected, ": Goal \"Q1 East\": choose what it measures (a metric such as won revenue).");
    }
}
