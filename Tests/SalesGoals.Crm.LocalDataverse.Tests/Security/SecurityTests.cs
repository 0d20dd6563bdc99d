using System.Linq;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Tests.Support;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Tests.Security;

[TestClass]
public sealed class SecurityTests
{
    [TestMethod]
    public void HasPrivilege_ThroughTeamRole_Granted()
    {
        var dv = TestDataverse.Create();
        var seed = dv.Environment.Seed;
        seed.Role("Goal Manager", new RolePrivilegeDefinition("prvWritesg_goal", RolePrivilegeDepth.Global));
        var team = seed.Team("Managers", null, dv.UserId);

        Assert.IsFalse(dv.Environment.HasPrivilege(dv.UserId, "prvWritesg_goal"));
        seed.AssignTeamRole(team, "Goal Manager");

        Assert.IsTrue(dv.Environment.HasPrivilege(dv.UserId, "prvWritesg_goal", RolePrivilegeDepth.Global));
    }

    [TestMethod]
    public void Query_UserRolesByRoleName_AsAPlugInWouldAskRealDataverse()
    {
        var dv = TestDataverse.Create();
        var seed = dv.Environment.Seed;
        seed.Role("Goal Manager");
        seed.Role("Salesperson");
        var manager = seed.User("Mia Manager");
        seed.AssignRole(manager, "Goal Manager");
        seed.AssignRole(dv.UserId, "Salesperson");

        bool HoldsGoalManager(System.Guid user)
        {
            var query = new QueryExpression("systemuserroles") { ColumnSet = new ColumnSet(false) };
            query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, user);
            var role = query.AddLink("role", "roleid", "roleid");
            role.LinkCriteria.AddCondition("name", ConditionOperator.Equal, "Goal Manager");
            return dv.Service.RetrieveMultiple(query).Entities.Count > 0;
        }

        Assert.IsTrue(HoldsGoalManager(manager));
        Assert.IsFalse(HoldsGoalManager(dv.UserId));
    }

    [TestMethod]
    public void Query_UserSettingsLanguage_ReadsSeededLanguage()
    {
        var dv = TestDataverse.Create();
        var zh = dv.Environment.Seed.User("Li Lei", languageId: 2052);

        var settings = dv.Service.Retrieve("usersettings", zh, new ColumnSet("uilanguageid"));
        dv.Environment.Seed.UserLanguage(dv.UserId, 2052);

        Assert.AreEqual(2052, settings.GetAttributeValue<int>("uilanguageid"));
        Assert.AreEqual(2052, dv.Service.Retrieve("usersettings", dv.UserId, new ColumnSet("uilanguageid")).GetAttributeValue<int>("uilanguageid"));
    }

    [TestMethod]
    public void Associate_TeamMembership_AddsAndRemovesIntersectRow()
    {
        var dv = TestDataverse.Create();
        var team = dv.Environment.Seed.Team("Sales West");
        var relationship = new Relationship("teammembership_association");

        dv.Service.Associate("team", team, relationship, [new EntityReference("systemuser", dv.UserId)]);
        var members = Members(dv, team);
        dv.Service.Disassociate("team", team, relationship, [new EntityReference("systemuser", dv.UserId)]);

        CollectionAssert.AreEqual(new[] { dv.UserId }, members);
        Assert.IsEmpty(Members(dv, team));
    }

    [TestMethod]
    public void WhoAmI_ReturnsCallerAndBusinessUnit()
    {
        var dv = TestDataverse.Create();

        var response = (WhoAmIResponse)dv.Service.Execute(new WhoAmIRequest());

        Assert.AreEqual(dv.UserId, response.UserId);
        Assert.AreEqual(dv.Environment.RootBusinessUnitId, response.BusinessUnitId);
        Assert.AreEqual(dv.Environment.OrganizationId, response.OrganizationId);
    }

    private static System.Guid[] Members(TestDataverse dv, System.Guid team)
    {
        var query = new QueryExpression("teammembership") { ColumnSet = new ColumnSet("systemuserid") };
        query.Criteria.AddCondition("teamid", ConditionOperator.Equal, team);
        return dv.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<System.Guid>("systemuserid")).ToArray();
    }
}
