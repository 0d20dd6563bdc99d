using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using C = SalesGoals.Crm.Plugins.Schema.SgGoalContribution.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Attainment;

/// <summary>Issue 11: every contribution ledger row links to the record it counts (a lookup per source table),
/// so a rep opens the deal, invoice, lead, visit or external deal from the goal's ledger subgrid.</summary>
[TestClass]
public sealed class LedgerSourceLinkTests
{
    private static readonly DateTime InQ1 = new(2026, 2, 10);

    private static readonly string[] SourceLookups = [C.OpportunityId, C.ExternalActualId, C.InvoiceId, C.LeadId, C.AppointmentId];

    [TestMethod]
    public void Win_DealOfTheRep_LedgerRowPointsAtTheOpportunityTheRepCanOpen()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var deal = world.Opportunity(world.Rep);

        world.Win(deal, 80_000m, InQ1);

        var row = Assert.ContainsSingle(RowsOfGoalAsRep(world, goal));
        var link = row.GetAttributeValue<EntityReference>(C.OpportunityId);
        Assert.IsNotNull(link, "the rep's ledger row links to the won deal");
        Assert.AreEqual(OpportunityTable.LogicalName, link.LogicalName);
        Assert.AreEqual(deal, link.Id);
        var opened = world.AsRep.Retrieve(link.LogicalName, link.Id, new ColumnSet(OpportunityTable.Fields.StateCode));
        Assert.AreEqual(OpportunityTable.States.Won, opened.GetAttributeValue<OptionSetValue>(OpportunityTable.Fields.StateCode).Value);
        AssertOnlyLink(row, C.OpportunityId);
    }

    [TestMethod]
    public void EditAmount_RowWrittenBeforeTheLookupsExisted_GainsTheLinkWhenItsFiguresChange()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();
        var deal = world.Opportunity(world.Rep);
        world.Win(deal, 80_000m, InQ1);
        var row = Assert.ContainsSingle(world.Contributions(goal));
        world.AsSystem.Update(new Entity(SgGoalContribution.LogicalName, row.Id) { [C.OpportunityId] = null }); // as an older release wrote it

        world.AsManager.Update(new Entity(OpportunityTable.LogicalName, deal) { [OpportunityTable.Fields.ActualValue] = new Money(95_000m) });

        var updated = Assert.ContainsSingle(world.Contributions(goal));
        Assert.AreEqual(row.Id, updated.Id, "the same ledger row, updated");
        Assert.AreEqual(95_000m, updated.GetAttributeValue<decimal>(C.Amount));
        Assert.AreEqual(new EntityReference(OpportunityTable.LogicalName, deal), updated.GetAttributeValue<EntityReference>(C.OpportunityId));
    }

    [TestMethod]
    public void Create_WonExternalDeal_LedgerRowPointsAtTheExternalActual()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 East").Active().Create();

        var deal = world.Sources.ExternalDeal(world.Rep, 60_000m, InQ1);

        var row = Assert.ContainsSingle(world.Contributions(goal));
        Assert.AreEqual(new EntityReference(SgExternalActual.LogicalName, deal), row.GetAttributeValue<EntityReference>(C.ExternalActualId));
        AssertOnlyLink(row, C.ExternalActualId);
    }

    [TestMethod]
    public void Pay_Invoice_LedgerRowPointsAtTheInvoice()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 collected").Metric(MetricCodes.CollectedRevenue).Active().Create();
        var invoice = world.Sources.Invoice(world.Rep, 88_000m);

        world.Sources.Pay(invoice, InQ1);

        var row = Assert.ContainsSingle(world.Contributions(goal));
        Assert.AreEqual(new EntityReference(InvoiceTable.LogicalName, invoice), row.GetAttributeValue<EntityReference>(C.InvoiceId));
        AssertOnlyLink(row, C.InvoiceId);
    }

    [TestMethod]
    public void Create_Lead_LedgerRowPointsAtTheLead()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 leads").Metric(MetricCodes.LeadsCreated).Tiers(null, 200m, null).Active().Create();

        var lead = world.Sources.Lead(world.Rep);

        var row = Assert.ContainsSingle(world.Contributions(goal));
        Assert.AreEqual(new EntityReference(LeadTable.LogicalName, lead), row.GetAttributeValue<EntityReference>(C.LeadId));
        AssertOnlyLink(row, C.LeadId);
    }

    [TestMethod]
    public void Complete_Visit_LedgerRowPointsAtTheAppointment()
    {
        var world = GoalWorld.Create();
        var goal = world.Goal("Q1 visits").Metric(MetricCodes.CompletedVisits).Tiers(null, 100m, null).Active().Create();
        var visit = world.Sources.Appointment(world.Rep, InQ1);

        world.Sources.Complete(visit);

        var row = Assert.ContainsSingle(world.Contributions(goal));
        Assert.AreEqual(new EntityReference(AppointmentTable.LogicalName, visit), row.GetAttributeValue<EntityReference>(C.AppointmentId));
        AssertOnlyLink(row, C.AppointmentId);
    }

    // What the goal form's ledger subgrid shows a rep: the rows of the goal the rep may read.
    private static Entity[] RowsOfGoalAsRep(GoalWorld world, Guid goal)
    {
        var query = new QueryExpression(SgGoalContribution.LogicalName) { ColumnSet = new ColumnSet(SourceLookups) };
        query.Criteria.AddCondition(C.GoalId, ConditionOperator.Equal, goal);
        return world.AsRep.RetrieveMultiple(query).Entities.ToArray();
    }

    private static void AssertOnlyLink(Entity row, string expected)
    {
        foreach (var other in SourceLookups.Where(c => c != expected))
        {
            Assert.IsNull(row.GetAttributeValue<EntityReference>(other), $"{other} stays empty on a row of another source");
        }
    }
}
