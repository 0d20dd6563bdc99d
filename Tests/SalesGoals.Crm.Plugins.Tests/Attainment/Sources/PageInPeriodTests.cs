using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Attainment;
using SalesGoals.Crm.Plugins.Attainment.Sources;
using SalesGoals.Crm.Plugins.Progress;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using X = SalesGoals.Crm.Plugins.Schema.SgExternalActual;

namespace SalesGoals.Crm.Plugins.Tests.Attainment.Sources;

/// <summary>
/// A recalculation pages through the records that may count in a goal's period. The engine checks each record
/// again, so a looser query would give the same figures; what it costs is rows read inside the slice's 2 minutes,
/// so these tests list the records a page brings back: only those of the rep that count in Q1.
/// </summary>
[TestClass]
public sealed class PageInPeriodTests
{
    private static readonly DateTime Feb10 = new(2026, 2, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime June10 = new(2026, 6, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime December10 = new(2025, 12, 10, 9, 0, 0, DateTimeKind.Utc);

    private static (IReadOnlyList<Guid> Records, int RowsRead) PageOfQ1(GoalWorld world, string table)
    {
        var reads = new ReadCountingService(world.AsSystem);
        var sources = new SourceCatalog(reads, new CurrencyRates(reads), new GoalCalendarRepository(reads));
        var scope = new SourceScope([world.Rep], [], new DateTime(2026, 1, 1), new DateTime(2026, 3, 31));
        var page = sources.For(table).PageInPeriod(scope, Guid.Empty, 5_000);
        return ([.. page.Select(f => f.RecordId).Order()], reads.RowsOf(table));
    }

    private static Guid[] Sorted(params Guid[] ids) => [.. ids.Order()];

    [TestMethod]
    public void PageInPeriod_VisitsAroundTheQuarter_BringsOnlyThoseCompletedInIt()
    {
        // Arrange
        var world = GoalWorld.Create();
        var completedInFebruary = world.Sources.Appointment(world.Rep, Feb10);
        world.Sources.Complete(completedInFebruary, Feb10);
        var scheduledInFebruaryCompletedWithoutEnd = world.Sources.Appointment(world.Rep, Feb10);
        world.Sources.Complete(scheduledInFebruaryCompletedWithoutEnd);
        world.Sources.Appointment(world.Rep, Feb10);                                    // still open
        world.Sources.Complete(world.Sources.Appointment(world.Rep, Feb10), June10);     // planned for February, held in June
        world.Sources.Complete(world.Sources.Appointment(world.Rep, June10), June10);   // held in June
        world.Sources.Complete(world.Sources.Appointment(world.Rep, June10));           // planned for June, no end recorded
        world.Sources.Complete(world.Sources.Appointment(world.Rep, December10), December10); // held before the quarter
        world.Sources.SetAppointmentState(world.Sources.Appointment(world.OtherRep, Feb10), AppointmentTable.States.Completed, 3, Feb10, world.OtherRep); // another rep's

        // Act
        var (records, rowsRead) = PageOfQ1(world, AppointmentTable.LogicalName);

        // Assert
        CollectionAssert.AreEqual(Sorted(completedInFebruary, scheduledInFebruaryCompletedWithoutEnd), records.ToArray());
        Assert.AreEqual(2, rowsRead);
    }

    [TestMethod]
    public void PageInPeriod_SyncedDealsAroundTheQuarter_BringsOnlyTheActiveClosedOnesOfIt()
    {
        // Arrange
        var world = GoalWorld.Create();
        var won = world.Sources.ExternalDeal(world.Rep, 10_000m, Feb10.Date);
        var lost = world.Sources.ExternalDeal(world.Rep, 10_000m, Feb10.Date, X.Options.DealLost);
        world.Sources.ExternalDeal(world.Rep, 10_000m, Feb10.Date, X.Options.DealOpen);
        var deactivated = world.Sources.ExternalDeal(world.Rep, 10_000m, Feb10.Date);
        world.Sources.UpdateExternal(deactivated, X.Fields.StateCode, new OptionSetValue(1));
        world.Sources.ExternalDeal(world.Rep, 10_000m, June10.Date);
        world.Sources.ExternalDeal(world.Rep, 10_000m, December10.Date);
        world.Sources.ExternalDeal(world.OtherRep, 10_000m, Feb10.Date);

        // Act
        var (records, rowsRead) = PageOfQ1(world, X.LogicalName);

        // Assert
        CollectionAssert.AreEqual(Sorted(won, lost), records.ToArray());
        Assert.AreEqual(2, rowsRead);
    }

    [TestMethod]
    public void PageInPeriod_InvoicesAroundTheQuarter_BringsOnlyThosePaidInIt()
    {
        // Arrange
        var world = GoalWorld.Create();
        var paid = world.Sources.Invoice(world.Rep, 8_000m);
        world.Sources.Pay(paid, Feb10.Date);
        var paymentUndone = world.Sources.Invoice(world.Rep, 8_000m);
        world.Sources.Pay(paymentUndone, Feb10.Date);
        world.Sources.Unpay(paymentUndone);
        var paidInJune = world.Sources.Invoice(world.Rep, 8_000m);
        world.Sources.Pay(paidInJune, June10.Date);
        var paidInDecember = world.Sources.Invoice(world.Rep, 8_000m);
        world.Sources.Pay(paidInDecember, December10.Date);
        var othersPaid = world.Sources.Invoice(world.OtherRep, 8_000m);
        world.Sources.Pay(othersPaid, Feb10.Date);

        // Act
        var (records, rowsRead) = PageOfQ1(world, InvoiceTable.LogicalName);

        // Assert
        CollectionAssert.AreEqual(Sorted(paid), records.ToArray());
        Assert.AreEqual(1, rowsRead);
    }

    [TestMethod]
    public void PageInPeriod_DealsAroundTheQuarter_BringsOnlyTheRepsClosedOnesOfIt()
    {
        // Arrange
        var world = GoalWorld.Create();
        var won = world.Opportunity(world.Rep);
        world.Win(won, 10_000m, Feb10.Date);
        var lost = world.Opportunity(world.Rep);
        world.Lose(lost, Feb10.Date);
        var reopened = world.Opportunity(world.Rep);
        world.Win(reopened, 10_000m, Feb10.Date);
        world.Reopen(reopened);                                       // open again, its February close date kept
        world.Opportunity(world.Rep);                                 // never closed
        world.Win(world.Opportunity(world.Rep), 10_000m, June10.Date);
        world.Win(world.Opportunity(world.Rep), 10_000m, December10.Date);
        world.Win(world.Opportunity(world.OtherRep), 10_000m, Feb10.Date, world.OtherRep);

        // Act
        var (records, rowsRead) = PageOfQ1(world, OpportunityTable.LogicalName);

        // Assert
        CollectionAssert.AreEqual(Sorted(won, lost), records.ToArray());
        Assert.AreEqual(2, rowsRead);
    }
}
