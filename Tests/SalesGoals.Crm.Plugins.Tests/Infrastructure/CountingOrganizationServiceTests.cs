using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using F = SalesGoals.Crm.Plugins.Schema.SgGoal.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Infrastructure;

/// <summary>A sliced job stops within its request budget only if every kind of request is counted, and each still
/// reaches Dataverse.</summary>
[TestClass]
public sealed class CountingOrganizationServiceTests
{
    [TestMethod]
    public void Update_Goal_IsWrittenAndCountsOneRequest()
    {
        // Arrange
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Create();
        var service = new CountingOrganizationService(world.AsSystem);

        // Act
        service.Update(new Entity(SgGoal.LogicalName, goal) { [F.Name] = "Q1 East (renamed)" });

        // Assert
        Assert.AreEqual(1, service.Requests);
        Assert.AreEqual("Q1 East (renamed)", world.Read(goal).GetAttributeValue<string>(F.Name));
    }

    [TestMethod]
    public void Delete_Goal_IsGoneAndCountsOneRequest()
    {
        // Arrange
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Create();
        var service = new CountingOrganizationService(world.AsManager);

        // Act
        service.Delete(SgGoal.LogicalName, goal);

        // Assert
        Assert.AreEqual(1, service.Requests);
        var left = world.AsSystem.RetrieveMultiple(new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(false) }).Entities;
        Assert.IsFalse(left.Any(r => r.Id == goal));
    }

    [TestMethod]
    public void EveryKindOfRequest_ThreeReadsAndAWrite_CountsFour()
    {
        // Arrange
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Create();
        var service = new CountingOrganizationService(world.AsSystem);

        // Act
        service.Retrieve(SgGoal.LogicalName, goal, new ColumnSet(F.Name));
        service.RetrieveMultiple(new QueryExpression(SgGoal.LogicalName) { ColumnSet = new ColumnSet(false) });
        service.Execute(new RetrieveRequest { Target = new EntityReference(SgGoal.LogicalName, goal), ColumnSet = new ColumnSet(F.Name) });
        service.Update(new Entity(SgGoal.LogicalName, goal) { [F.Name] = "Q1 East" });

        // Assert
        Assert.AreEqual(4, service.Requests);
    }

    [TestMethod]
    public void AssociateThenDisassociate_RepAndTeam_MembershipComesAndGoesCountingTwo()
    {
        // Arrange
        var world = GoalWorld.Create();
        var team = world.Env.Seed.Team("East team", null);
        var service = new CountingOrganizationService(world.AsSystem);
        var membership = new Relationship("teammembership_association");
        var rep = new EntityReferenceCollection { new EntityReference("systemuser", world.Rep) };

        // Act
        service.Associate("team", team, membership, rep);
        var afterAssociate = Members(world, team);
        service.Disassociate("team", team, membership, rep);

        // Assert
        Assert.AreEqual(2, service.Requests);
        Assert.AreEqual(1, afterAssociate);
        Assert.AreEqual(0, Members(world, team));
    }

    private static int Members(GoalWorld world, System.Guid team)
    {
        var query = new QueryExpression("teammembership") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("teamid", ConditionOperator.Equal, team);
        return world.AsSystem.RetrieveMultiple(query).Entities.Count;
    }
}
