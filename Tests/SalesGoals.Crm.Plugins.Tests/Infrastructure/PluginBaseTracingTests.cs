using System;
using System.Linq;
using System.ServiceModel;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Infrastructure;

/// <summary>What an admin reads in the plug-in trace log: each execution's entry, exit with its duration, and any
/// failure, each line with the execution's correlation id, so one close can be followed through its steps.</summary>
[TestClass]
public sealed class PluginBaseTracingTests
{
    private const string OurPlugins = "SalesGoals.Crm.Plugins.";

    [TestMethod]
    public void Execute_Win_TracesEntryAndExitWithDurationAndCorrelationForEveryStep()
    {
        // Arrange
        var world = GoalWorld.Create();
        world.Goal("Q1").Active().Create();
        world.Env.DrainAsync();
        world.Env.ClearTraces();

        // Act
        world.Win(world.Opportunity(world.Rep), 10_000m, new DateTime(2026, 2, 10));
        world.Env.DrainAsync();

        // Assert
        var ours = world.Env.Traces.Where(t => t.PluginTypeName.StartsWith(OurPlugins, StringComparison.Ordinal)).ToList();
        Assert.IsNotEmpty(ours, "the win ran at least one of our steps");
        foreach (var trace in ours)
        {
            var name = trace.PluginTypeName[(trace.PluginTypeName.LastIndexOf('.') + 1)..];
            var correlation = trace.CorrelationId.ToString();
            StringAssert.StartsWith(trace.Lines[0], name + " entered: " + trace.MessageName + " of " + trace.PrimaryEntityName);
            StringAssert.EndsWith(trace.Lines[0], "correlation " + correlation);
            StringAssert.Matches(trace.Lines[^1], new Regex("^" + Regex.Escape(name) + @" exited after \d+ ms, correlation " + correlation + "$"));
            Assert.IsNull(trace.ExceptionDetails, trace.Text);
        }

        Assert.AreEqual(1, ours.Select(t => t.CorrelationId).Distinct().Count(), "one close: every step carries the same correlation id");
    }

    [TestMethod]
    public void Execute_StepThrows_TracesTheFailureWithDurationAndCorrelation()
    {
        // Arrange
        var world = GoalWorld.Create();

        // Act
        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => world.EvaluatePace(pageSize: 0));

        // Assert: the fault's trace text (what Dataverse shows with the error) follows the execution.
        var lines = fault.Detail.TraceText.Split(Environment.NewLine);
        var entered = Regex.Match(lines[0], "^" + nameof(EvaluatePace) + @" entered: sg_EvaluatePace of .*, correlation (?<id>[0-9a-f-]{36})$");
        Assert.IsTrue(entered.Success, lines[0]);
        StringAssert.Matches(lines[^1], new Regex(
            "^" + nameof(EvaluatePace) + @" failed after \d+ ms, correlation " + entered.Groups["id"].Value + ": "
            + Regex.Escape(typeof(InvalidPluginExecutionException).FullName!) + ": PageSize must be between 1 and 500"));
    }
}
