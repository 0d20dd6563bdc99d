using System;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

[TestClass]
public sealed class RequestParameterTests
{
    [TestMethod]
    [DataRow(typeof(CreateRequest), "Create")]
    [DataRow(typeof(RetrieveRequest), "Retrieve")]
    [DataRow(typeof(RetrieveMultipleRequest), "RetrieveMultiple")]
    [DataRow(typeof(UpdateRequest), "Update")]
    [DataRow(typeof(DeleteRequest), "Delete")]
    [DataRow(typeof(UpsertRequest), "Upsert")]
    [DataRow(typeof(AssociateRequest), "Associate")]
    [DataRow(typeof(DisassociateRequest), "Disassociate")]
    [DataRow(typeof(ExecuteMultipleRequest), "ExecuteMultiple")]
    [DataRow(typeof(ExecuteTransactionRequest), "ExecuteTransaction")]
    [DataRow(typeof(WinOpportunityRequest), "WinOpportunity")]
    [DataRow(typeof(LoseOpportunityRequest), "LoseOpportunity")]
    [DataRow(typeof(SetStateRequest), "SetState")]
    [DataRow(typeof(AssignRequest), "Assign")]
    [DataRow(typeof(WhoAmIRequest), "WhoAmI")]
    [DataRow(typeof(AddMembersTeamRequest), "AddMembersTeam")]
    [DataRow(typeof(RemoveMembersTeamRequest), "RemoveMembersTeam")]
    public void RequestName_NewTypedRequest_IsOfficialMessageName(Type requestType, string expected)
    {
        var request = (OrganizationRequest)Activator.CreateInstance(requestType)!;

        Assert.AreEqual(expected, request.RequestName);
    }

    [TestMethod]
    public void NewRequest_RequiredParameters_ArePresentButNull()
    {
        var request = new RetrieveRequest();

        Assert.IsTrue(request.Parameters.Contains("Target"));
        Assert.IsNull(request.Parameters["ColumnSet"]);
        Assert.IsFalse(request.Parameters.Contains("ReturnNotifications"));
    }

    [TestMethod]
    public void WinOpportunityRequest_Properties_LandUnderOfficialKeys()
    {
        var close = new Entity("opportunityclose");
        var request = new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(3) };

        Assert.AreEqual("WinOpportunity", request.RequestName);
        Assert.AreSame(close, request.Parameters["OpportunityClose"]);
        Assert.AreEqual(new OptionSetValue(3), request.Parameters["Status"]);
    }

    [TestMethod]
    public void LoseOpportunityRequest_Properties_LandUnderOfficialKeys()
    {
        var request = new LoseOpportunityRequest { OpportunityClose = new Entity("opportunityclose"), Status = new OptionSetValue(4) };

        Assert.AreEqual("LoseOpportunity", request.RequestName);
        Assert.AreEqual(new OptionSetValue(4), request["Status"]);
        Assert.IsInstanceOfType<Entity>(request["OpportunityClose"]);
    }

    [TestMethod]
    public void SetStateRequest_Properties_LandUnderOfficialKeys()
    {
        var moniker = new EntityReference("opportunity", Guid.NewGuid());
        var request = new SetStateRequest { EntityMoniker = moniker, State = new OptionSetValue(1), Status = new OptionSetValue(3) };

        Assert.AreEqual("SetState", request.RequestName);
        Assert.AreSame(moniker, request.Parameters["EntityMoniker"]);
        Assert.AreEqual(new OptionSetValue(1), request.Parameters["State"]);
        Assert.AreEqual(new OptionSetValue(3), request.Parameters["Status"]);
    }

    [TestMethod]
    public void UpsertRequest_Target_LandsUnderTargetKey()
    {
        var target = new Entity("account", "accountnumber", "A-1");
        var request = new UpsertRequest { Target = target };

        Assert.AreEqual("Upsert", request.RequestName);
        Assert.AreSame(target, request.Parameters["Target"]);
    }

    [TestMethod]
    public void UpsertResponse_Results_ReadThroughTypedProperties()
    {
        var reference = new EntityReference("account", Guid.NewGuid());
        var response = new UpsertResponse();
        response.Results["RecordCreated"] = true;
        response.Results["Target"] = reference;

        Assert.IsTrue(response.RecordCreated);
        Assert.AreSame(reference, response.Target);
    }

    [TestMethod]
    public void GenericRequest_NamedLikeTypedOne_CarriesSameParameters()
    {
        var typed = new UpdateRequest { Target = new Entity("account"), ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        var generic = new OrganizationRequest("Update") { Parameters = typed.Parameters };

        Assert.AreEqual(typed.RequestName, generic.RequestName);
        Assert.AreEqual(ConcurrencyBehavior.IfRowVersionMatches, generic["ConcurrencyBehavior"]);
    }
}
