using System;
using System.Collections.Generic;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Messages;

[TestClass]
public sealed class WinLoseTests
{
    private static Entity Opportunity(TestDataverse dv, Guid id) =>
        dv.Service.Retrieve("opportunity", id, new ColumnSet("statecode", "statuscode", "actualvalue", "actualclosedate"));

    [TestMethod]
    public void Win_OpenOpportunity_ClosesItAndCreatesOpportunityClose()
    {
        var dv = TestDataverse.Create();
        var id = dv.Opportunity("Big deal", 80_000m);
        var end = new DateTime(2026, 3, 5, 0, 0, 0, DateTimeKind.Utc);

        dv.Service.Execute(new WinOpportunityRequest { OpportunityClose = SalesData.Close(id, 80_000m, end), Status = new OptionSetValue(3) });

        var opportunity = Opportunity(dv, id);
        Assert.AreEqual(1, opportunity.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(3, opportunity.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.AreEqual(80_000m, opportunity.GetAttributeValue<Money>("actualvalue").Value);
        Assert.AreEqual(end, opportunity.GetAttributeValue<DateTime>("actualclosedate"));
        var closes = dv.Service.RetrieveMultiple(new QueryExpression("opportunityclose") { ColumnSet = new ColumnSet("opportunityid", "statecode") });
        Assert.HasCount(1, closes.Entities);
        Assert.AreEqual(id, closes.Entities[0].GetAttributeValue<EntityReference>("opportunityid").Id);
        Assert.AreEqual(1, closes.Entities[0].GetAttributeValue<OptionSetValue>("statecode").Value, "the close activity is completed");
    }

    [TestMethod]
    [DataRow(-1, 4, DisplayName = "default status: Canceled")]
    [DataRow(5, 5, DisplayName = "Out-Sold")]
    public void Lose_OpenOpportunity_ClosesAsLost(int status, int expectedStatus)
    {
        var dv = TestDataverse.Create();
        var id = dv.Opportunity("Lost deal", 10_000m);

        dv.Service.Execute(new LoseOpportunityRequest { OpportunityClose = SalesData.Close(id), Status = new OptionSetValue(status) });

        var opportunity = Opportunity(dv, id);
        Assert.AreEqual(2, opportunity.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(expectedStatus, opportunity.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.AreEqual(TestDataverse.Start.UtcDateTime.Date, opportunity.GetAttributeValue<DateTime>("actualclosedate"));
    }

    [TestMethod]
    public void Win_StepContext_HasOpportunityCloseAndStatusButNoTargetOrImages()
    {
        IPluginExecutionContext? seen = null;
        var dv = TestDataverse.Create(StepBuilder.On("Win", "opportunity").Stage(40).Does((c, _, _) => seen = c));
        var id = dv.Opportunity("Deal", 1_000m);

        dv.Service.Execute(new WinOpportunityRequest { OpportunityClose = SalesData.Close(id, 1_000m), Status = new OptionSetValue(3) });

        Assert.AreEqual("Win", seen!.MessageName);
        Assert.AreEqual("opportunity", seen.PrimaryEntityName);
        Assert.AreEqual(id, seen.PrimaryEntityId);
        Assert.IsFalse(seen.InputParameters.Contains("Target"));
        Assert.IsInstanceOfType<Entity>(seen.InputParameters["OpportunityClose"]);
        Assert.AreEqual(3, ((OptionSetValue)seen.InputParameters["Status"]).Value);
        Assert.AreEqual(0, seen.PreEntityImages.Count);
        Assert.AreEqual(0, seen.PostEntityImages.Count);
    }

    [TestMethod]
    public void Win_CreateStepOnOpportunityClose_RunsOneLevelDeeper()
    {
        var depths = new List<(string, int)>();
        var dv = TestDataverse.Create(
            StepBuilder.On("Win", "opportunity").Stage(20).Does((c, _, _) => depths.Add((c.MessageName, c.Depth))),
            StepBuilder.On("Create", "opportunityclose").Stage(40).Does((c, _, _) => depths.Add((c.MessageName, c.Depth))));
        var id = dv.Opportunity("Deal", 1_000m);

        dv.Service.Execute(new WinOpportunityRequest { OpportunityClose = SalesData.Close(id), Status = new OptionSetValue(3) });

        CollectionAssert.AreEqual(new[] { ("Win", 1), ("Create", 2) }, depths);
    }

    [TestMethod]
    public void Win_AlreadyWon_Fails()
    {
        var dv = TestDataverse.Create();
        var id = dv.Opportunity("Deal", 1_000m);
        dv.Service.Execute(new WinOpportunityRequest { OpportunityClose = SalesData.Close(id), Status = new OptionSetValue(3) });

        AssertFault.Throws(ErrorCodes.InvalidOperation,
            () => dv.Service.Execute(new WinOpportunityRequest { OpportunityClose = SalesData.Close(id), Status = new OptionSetValue(3) }));
    }

    [TestMethod]
    public void Update_StateToWon_RejectedAsDataverseRejectsIt()
    {
        var dv = TestDataverse.Create();
        var id = dv.Opportunity("Deal", 1_000m);

        var fault = AssertFault.Throws(ErrorCodes.CannotUseOpportunitySetStateMessage, () => dv.Service.Update(new Entity("opportunity", id)
        {
            ["statecode"] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(3),
        }));

        StringAssert.StartsWith(fault.Message, "This message can not be used to set the state of opportunity to won.");
        Assert.AreEqual(0, Opportunity(dv, id).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [TestMethod]
    public void SetState_ToLost_Rejected()
    {
        var dv = TestDataverse.Create();
        var id = dv.Opportunity("Deal", 1_000m);

        AssertFault.Throws(ErrorCodes.CannotUseOpportunitySetStateMessage, () => dv.Service.Execute(new SetStateRequest
        {
            EntityMoniker = new EntityReference("opportunity", id),
            State = new OptionSetValue(2),
            Status = new OptionSetValue(4),
        }));
    }

    [TestMethod]
    public void Update_ReopenWonOpportunity_RunsUpdateStepsWithState()
    {
        Entity? pre = null;
        Entity? target = null;
        var dv = TestDataverse.Create(StepBuilder.On("Update", "opportunity").Stage(40).Filtering("statecode").PreImage("pre", "statecode", "actualvalue")
            .Does((c, _, _) =>
            {
                pre = c.PreEntityImages["pre"];
                target = (Entity)c.InputParameters["Target"];
            }));
        var id = dv.Opportunity("Deal", 80_000m);
        dv.Service.Execute(new WinOpportunityRequest { OpportunityClose = SalesData.Close(id, 80_000m), Status = new OptionSetValue(3) });

        dv.Service.Update(new Entity("opportunity", id) { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1) });

        Assert.AreEqual(1, pre!.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(80_000m, pre.GetAttributeValue<Money>("actualvalue").Value);
        Assert.AreEqual(0, target!.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.AreEqual(0, Opportunity(dv, id).GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [TestMethod]
    public void Win_StepFails_OpportunityStaysOpenAndNoCloseRecord()
    {
        var dv = TestDataverse.Create(StepBuilder.On("Win", "opportunity").Stage(40)
            .Does((_, _, _) => throw new InvalidPluginExecutionException("goal update failed")));
        var id = dv.Opportunity("Deal", 1_000m);

        AssertFault.Throws(ErrorCodes.IsvAborted,
            () => dv.Service.Execute(new WinOpportunityRequest { OpportunityClose = SalesData.Close(id, 1_000m), Status = new OptionSetValue(3) }));

        Assert.AreEqual(0, Opportunity(dv, id).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.IsEmpty(dv.Service.RetrieveMultiple(new QueryExpression("opportunityclose")).Entities);
    }
}
