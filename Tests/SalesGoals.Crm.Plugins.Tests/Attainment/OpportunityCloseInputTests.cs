using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>Win and Lose carry the deal in their OpportunityClose activity; a step registered on a message without one
/// (a mistake in a hand-made registration) is told so in words, not with a KeyNotFoundException.</summary>
[TestClass]
public sealed class OpportunityCloseInputTests
{
    private static LocalPluginContext ContextWith(GoalWorld world, object? close)
    {
        var execution = world.Context("Win", OpportunityTable.LogicalName);
        if (close != null)
        {
            execution.InputParameters[OpportunityCloseInput.ParameterName] = close;
        }

        return new LocalPluginContext(world.Provider(execution, new RecordingTracingService()), null);
    }

    [TestMethod]
    public void OpportunityId_CloseActivityNamingTheDeal_IsThatDeal()
    {
        // Arrange
        var world = GoalWorld.Create();
        var deal = Guid.NewGuid();
        var close = new Entity("opportunityclose") { [OpportunityTable.Close.OpportunityId] = new EntityReference(OpportunityTable.LogicalName, deal) };

        // Act
        var id = OpportunityCloseInput.OpportunityId(ContextWith(world, close));

        // Assert
        Assert.AreEqual(deal, id);
    }

    [TestMethod]
    [DataRow("no parameter")]
    [DataRow("not an activity")]
    [DataRow("no deal named")]
    public void OpportunityId_NoCloseActivityNamingADeal_RefusedNamingTheParameter(string input)
    {
        // Arrange
        var world = GoalWorld.Create();
        object? close = input switch
        {
            "not an activity" => "opportunityclose",
            "no deal named" => new Entity("opportunityclose"),
            _ => null,
        };
        var context = ContextWith(world, close);

        // Act
        var fault = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => OpportunityCloseInput.OpportunityId(context));

        // Assert
        Assert.AreEqual("The OpportunityClose parameter names no opportunity.", fault.Message);
    }
}
