using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Plugins.Attainment.Sources;

namespace SalesGoals.Crm.Plugins.Tests.Attainment.Sources;

/// <summary>
/// goals.md §1's metric table as Dataverse sees it: the table, date, owner and amount columns each preset is read
/// from. The engine names sources abstractly; these names live only in the plug-ins (moved here from the engine's
/// MetricPresetTableTests).
/// </summary>
[TestClass]
public class MetricSourceMapTests
{
    [TestMethod]
    [DataRow(MetricCodes.WonRevenue, "opportunity", "actualclosedate", "actualvalue_base")]
    [DataRow(MetricCodes.WonDealCount, "opportunity", "actualclosedate", null)]
    [DataRow(MetricCodes.NewCustomerRevenue, "opportunity", "actualclosedate", "actualvalue_base")]
    [DataRow(MetricCodes.RepeatCustomerRevenue, "opportunity", "actualclosedate", "actualvalue_base")]
    [DataRow(MetricCodes.NewCustomers, "opportunity", "actualclosedate", null)]
    [DataRow(MetricCodes.LostDealCount, "opportunity", "actualclosedate", null)]
    [DataRow(MetricCodes.WinRate, "opportunity", "actualclosedate", null)]
    [DataRow(MetricCodes.AverageDealSize, "opportunity", "actualclosedate", "actualvalue_base")]
    [DataRow(MetricCodes.SalesCycleLength, "opportunity", "actualclosedate", null)]
    [DataRow(MetricCodes.CompletedVisits, "appointment", "actualend", null)]
    [DataRow(MetricCodes.LeadsCreated, "lead", "createdon", null)]
    [DataRow(MetricCodes.CollectedRevenue, "invoice", "sg_paidon", "totalamount_base")]
    public void For_PresetSource_NamesItsTableAndColumns(string code, string table, string dateColumn, string? amountColumn)
    {
        var metric = MetricPresets.Get(code);

        var source = MetricSourceMap.For(metric.Source);

        Assert.AreEqual(table, source.Table);
        Assert.AreEqual(dateColumn, source.DateColumn);
        Assert.AreEqual("ownerid", source.OwnerColumn);
        Assert.AreEqual(amountColumn, metric.Numerator.Kind == MeasureKind.Amount ? source.AmountColumn : null);
    }

    [TestMethod]
    [DataRow(MetricCodes.WonRevenue, "opportunity,sg_externalactual")]
    [DataRow(MetricCodes.WinRate, "opportunity,sg_externalactual")]
    [DataRow(MetricCodes.CollectedRevenue, "invoice")]
    [DataRow(MetricCodes.CompletedVisits, "appointment")]
    [DataRow(MetricCodes.LeadsCreated, "lead")]
    public void TableOf_PresetSources_ExternalActualsOnlyWhereDealsAre(string code, string tables)
    {
        var metric = MetricPresets.Get(code);

        var read = new[] { metric.Source }.Concat(metric.AdditionalSources).Select(MetricSourceMap.TableOf);

        Assert.AreEqual(tables, string.Join(",", read));
    }

    [TestMethod]
    public void For_ExternalDeal_ReadsTheConnectorsColumns()
    {
        var source = MetricSourceMap.For(SourceKind.ExternalDeal);

        Assert.AreEqual("sg_externalactual|sg_closedate|sg_owneruserid|sg_amount_base", $"{source.Table}|{source.DateColumn}|{source.OwnerColumn}|{source.AmountColumn}");
    }

    [TestMethod]
    [DataRow("Opportunity", SourceKind.Deal)]
    [DataRow("SG_ExternalActual", SourceKind.ExternalDeal)]
    [DataRow("appointment", SourceKind.Visit)]
    [DataRow("lead", SourceKind.Lead)]
    [DataRow("invoice", SourceKind.Payment)]
    public void KindOf_TableInAnyCase_IsItsSource(string table, SourceKind expected)
    {
        Assert.AreEqual(expected, MetricSourceMap.KindOf(table));
    }

    [TestMethod]
    public void KindOf_TableFeedingNoMetric_IsRefusedNamingIt()
    {
        var error = Assert.ThrowsExactly<InvalidPluginExecutionException>(() => MetricSourceMap.KindOf("account"));

        StringAssert.Contains(error.Message, "'account'");
    }

    [TestMethod]
    public void All_EverySourceKind_HasExactlyOneTable()
    {
        var kinds = Enum.GetValues<SourceKind>().Where(k => k != SourceKind.None).ToList();

        CollectionAssert.AreEquivalent(kinds, MetricSourceMap.All.Select(s => s.Kind).ToList());
        CollectionAssert.AllItemsAreUnique(MetricSourceMap.All.Select(s => s.Table.ToUpperInvariant()).ToList());
        Assert.IsTrue(MetricPresets.All.All(m => MetricSourceMap.All.Any(s => s.Kind == m.Source)));
    }
}
