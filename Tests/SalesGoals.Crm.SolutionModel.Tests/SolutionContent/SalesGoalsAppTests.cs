using System;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Model.App;
using SalesGoals.Crm.SolutionModel.Packing;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.SolutionContent;

/// <summary>What the Sales Goals app in Solution/ gives each audience: the areas a rep, a manager
/// and ops see, the goal form's progress card and contribution ledger, the team dashboard.</summary>
[TestClass]
public sealed class SalesGoalsAppTests
{
    private static readonly Lazy<SolutionDefinition> Loaded = new(() => SolutionReader.Load(TestPaths.ProductSolution));

    private static SolutionDefinition Solution => Loaded.Value;

    private static AppModuleDefinition App => Solution.AppModules.Single(a => a.UniqueName == "sg_SalesGoals");

    [TestMethod]
    public void App_IsNamedInEnglishAndChinese_AndOpensForRepManagerAndOps()
    {
        Assert.AreEqual("Sales Goals", App.Names[1033]);
        Assert.AreEqual("销售目标", App.Names[2052]);
        var roles = App.RoleIds.Select(id => Solution.Roles.Single(r => r.Id == id).Name).Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(new[] { "Sales Goal Manager", "Sales Goals Operations", "Sales Rep (Goals)" }, roles);
    }

    [TestMethod]
    [DataRow("sg_area_mygoals", "My goals", "我的目标", "sg_goal,sg_goalalert,sg_goaladjustment")]
    [DataRow("sg_area_myteam", "My team", "我的团队", "sg_goal,sg_goaladjustment,sg_goalalert")]
    [DataRow("sg_area_setup", "Setup", "设置", "sg_metric,sg_goalsetting,sg_playbook,sg_workingdaycalendar,sg_calendarexception,sg_seasonalityprofile,sg_assigneecapacity,sg_fieldmapping,sg_valuemapping,sg_usermapping,sg_syncstate,sg_externalactual")]
    public void SiteMap_Area_HasItsTitlesAndOpensItsTables(string area, string english, string chinese, string tables)
    {
        var node = Solution.SiteMaps.Single().Areas.Single(a => a.Id == area);

        Assert.AreEqual(english, node.Titles[1033]);
        Assert.AreEqual(chinese, node.Titles[2052]);
        var opened = node.Children.SelectMany(g => g.Children).Select(s => s.Table).OfType<string>().Distinct().ToArray();
        CollectionAssert.AreEqual(tables.Split(','), opened);
    }

    [TestMethod]
    public void SiteMap_MyGoals_OpensTheRepsActiveGoalsViewFilteredToTheCurrentUser()
    {
        var subArea = Solution.SiteMaps.Single().Areas.Single(a => a.Id == "sg_area_mygoals").Children.Single().Children[0];
        var view = Solution.Tables.Single(t => t.LogicalName == "sg_goal").Views.Single(v => v.Id == subArea.ViewId);

        Assert.AreEqual("My Active Goals", view.Names[1033]);
        StringAssert.Contains(view.FetchXml, "<condition attribute=\"ownerid\" operator=\"eq-userid\" />");
        foreach (var column in new[] { "sg_targetvalue", "sg_actual", "sg_attainmentpct", "sg_expectedtodate", "sg_pacestatus", "sg_tier" })
        {
            CollectionAssert.Contains(view.Columns.ToList(), column);
        }
    }

    [TestMethod]
    public void GoalForm_TopIsTheProgressCardOnEveryFormFactor_BoundToTheGoalsColumns()
    {
        var form = Solution.Tables.Single(t => t.LogicalName == "sg_goal").Forms.Single(f => f.FormType == "main");

        var cards = form.CustomControls.Where(c => c.ControlName == "sg_SalesGoals.GoalProgressCard").ToList();

        CollectionAssert.AreEquivalent(new[] { 0, 1, 2 }, cards.Select(c => c.FormFactor).ToArray());
        Assert.IsTrue(cards.All(c => c.BoundColumn == "sg_actual"));
        Assert.AreEqual("sg_targetvalue", cards[0].ColumnParameters["target"]);
        Assert.AreEqual("sg_expectedtodate", cards[0].ColumnParameters["expectedToDate"]);
        Assert.AreEqual("transactioncurrencyid", cards[0].ColumnParameters["currency"]);
    }

    [TestMethod]
    public void GoalForm_ListsTheContributionLedgerOfTheGoal()
    {
        var form = Solution.Tables.Single(t => t.LogicalName == "sg_goal").Forms.Single(f => f.FormType == "main");

        var ledger = form.Grids.Single();

        Assert.AreEqual("sg_goalcontribution", ledger.TargetTable);
        Assert.AreEqual("sg_goalcontribution_sg_goalid_sg_goal", ledger.RelationshipName);
        var view = Solution.Tables.Single(t => t.LogicalName == "sg_goalcontribution").Views.Single(v => v.Id == ledger.ViewId);
        foreach (var column in new[] { "sg_opportunityid", "sg_externalactualid", "sg_invoiceid", "sg_leadid", "sg_appointmentid", "sg_sourcedate", "sg_amount", "transactioncurrencyid" })
        {
            CollectionAssert.Contains(view.Columns.ToList(), column);
        }
    }

    [TestMethod]
    [DataRow("sg_opportunityid", "opportunity")]
    [DataRow("sg_externalactualid", "sg_externalactual")]
    [DataRow("sg_invoiceid", "invoice")]
    [DataRow("sg_leadid", "lead")]
    [DataRow("sg_appointmentid", "appointment")]
    public void LedgerRow_HasALookupToEachSourceTable_SoItOpensItsRecord(string column, string target)
    {
        var ledger = Solution.Tables.Single(t => t.LogicalName == "sg_goalcontribution");

        var lookup = ledger.Columns.Single(c => c.LogicalName == column);

        Assert.AreEqual(ColumnType.Lookup, lookup.Type);
        CollectionAssert.AreEqual(new[] { target }, lookup.Targets.ToArray());
        Assert.IsTrue(ledger.Forms.Single(f => f.FormType == "main").DataFields.Contains(column), "the ledger row's form shows the link");
    }

    [TestMethod]
    public void TeamDashboard_ShowsTheThreeChartsAndTheAtRiskGrid()
    {
        var dashboard = Solution.Dashboards.Single();
        var charts = Solution.Tables.Single(t => t.LogicalName == "sg_goal").Charts;

        var names = dashboard.Grids.Where(g => g.ChartId is not null).Select(g => charts.Single(c => c.Id == g.ChartId).Names[1033]).Order(StringComparer.Ordinal).ToArray();

        CollectionAssert.AreEqual(new[] { "At-Risk Goals by Team", "Attainment by Rep", "Won Revenue by Month vs Target" }, names);
        Assert.AreEqual(1, dashboard.Grids.Count(g => g.ChartId is null));
        var won = charts.Single(c => c.Names[1033] == "Won Revenue by Month vs Target");
        CollectionAssert.AreEquivalent(new[] { "actual_column", "target_column" }, won.MeasureAliases.ToArray());
    }

    [TestMethod]
    [DataRow("sg_ServiceBusEndpoint", 100000000, null)]
    [DataRow("sg_DefaultCalendar", 100000000, "China (Mainland)")]
    [DataRow("sg_AlertThreshold", 100000001, "0.20")]
    public void EnvironmentVariable_IsDefinedWithItsTypeAndDefault(string name, int type, string? value)
    {
        var variable = Solution.EnvironmentVariables.Single(v => v.SchemaName == name);

        Assert.AreEqual(type, variable.Type);
        Assert.AreEqual(value, variable.DefaultValue);
    }

    [TestMethod]
    public void ServiceEndpoint_IsAQueueWithASasKeyNameButNoKey()
    {
        var endpoint = Solution.ServiceEndpoints.Single();
        var text = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.ProductSolution, endpoint.SourceFile));

        Assert.AreEqual(2, endpoint.Contract);
        Assert.AreEqual(2, endpoint.AuthType);
        Assert.DoesNotContain("<SASKey>", text);
        Assert.DoesNotContain("<SASToken>", text);
    }
}
