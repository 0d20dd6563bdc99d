using System;
using System.IO;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Tests.Support;
using SalesGoals.Crm.SolutionModel.Validation;

namespace SalesGoals.Crm.SolutionModel.Tests.Validation;

/// <summary>The Sales Goals app's components validated against the rest of Solution/: one broken
/// reference in a copy of the folder (a column, view, chart, relationship, control, role or root
/// component that is not there) is reported, naming what is wrong.</summary>
[TestClass]
public sealed class AppValidationTests
{
    private const string App = "AppModules/sg_SalesGoals/AppModule.xml";
    private const string SiteMap = "AppModuleSiteMaps/sg_SalesGoals/AppModuleSiteMap.xml";
    private const string GoalForm = "Entities/sg_Goal/FormXml/main/{b316d1a1-b689-549f-affc-e764bcd5b13e}.xml";
    private const string MyGoalsView = "Entities/sg_Goal/SavedQueries/{06884e65-101c-5a89-8be9-832d88ad0a4f}.xml";
    private const string AttainmentChart = "Entities/sg_Goal/Visualizations/{b8bf8815-3c1a-5e72-a3d8-f7cb198ab3ef}.xml";
    private const string WonChart = "Entities/sg_Goal/Visualizations/{563fda91-207b-5406-bbdb-89f54fcd90c0}.xml";
    private const string Dashboard = "Dashboards/{e2299b86-3824-5b19-a988-b5995a4cd297}.xml";
    private const string OpsRole = "Roles/Sales Goals Operations.xml";

    [TestMethod]
    public void Validate_ProductSolution_AppAndItsComponentsHaveNoProblems()
    {
        var solution = SolutionReader.Load(TestPaths.ProductSolution);

        var problems = SolutionValidator.Validate(solution);

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
        Assert.HasCount(1, solution.AppModules);
        Assert.HasCount(3, solution.Tables.Single(t => t.LogicalName == "sg_goal").Charts);
    }

    [TestMethod]
    [DataRow(App, "<AppModuleComponent type=\"1\" schemaName=\"sg_metric\" />", "", "opens table sg_metric, which the app does not include")]
    [DataRow(App, "<Role id=\"{555af7fb-8776-575a-b1b4-d33a5ea94134}\" />", "<Role id=\"{00000000-0000-4000-8000-0000000000aa}\" />", "is not a role of the solution")]
    [DataRow(App, "<AppModuleComponent type=\"59\" id=\"{b8bf8815", "<AppModuleComponent type=\"59\" id=\"{a8bf8815", "component type 59")]
    [DataRow(SiteMap, "viewid=%7b06884e65-101c-5a89-8be9-832d88ad0a4f%7d", "viewid=%7b53ae73dd-cadc-5363-b978-4a76df92d8df%7d", "is not a view of sg_goal")]
    [DataRow(SiteMap, "<Title LCID=\"2052\" Title=\"设置\" />", "", "Area sg_area_setup has no name in language 2052")]
    [DataRow(MyGoalsView, "<cell name=\"sg_tier\"", "<cell name=\"sg_tierr\"", "sg_tierr")]
    [DataRow(AttainmentChart, "name=\"sg_attainmentpct\" aggregate=\"avg\"", "name=\"sg_attainment\" aggregate=\"avg\"", "attribute sg_attainment does not exist on sg_goal")]
    [DataRow(WonChart, "name=\"sg_actual\" aggregate=\"sum\"", "name=\"sg_name\" aggregate=\"sum\"", "sum of sg_name needs a number column")]
    [DataRow(WonChart, "dategrouping=\"month\"", "dategrouping=\"fortnight\"", "dategrouping fortnight")]
    [DataRow(Dashboard, "<VisualizationId>{b8bf8815", "<VisualizationId>{c8bf8815", "is not a chart of sg_goal")]
    [DataRow(Dashboard, "<ViewId>{782044f5-e04c-55a7-bbc4-1d69b4530da2}", "<ViewId>{53ae73dd-cadc-5363-b978-4a76df92d8df}", "is not a view of sg_goal")]
    [DataRow(GoalForm, "<RelationshipName>sg_goalcontribution_sg_goalid_sg_goal</RelationshipName>", "<RelationshipName>sg_goalhistory_sg_goalid_sg_goal</RelationshipName>", "relationship sg_goalhistory_sg_goalid_sg_goal is not a one-to-many relationship from sg_goal to sg_goalcontribution")]
    [DataRow(GoalForm, "name=\"sg_SalesGoals.GoalProgressCard\" formFactor=\"2\"", "name=\"sg_SalesGoals.GoalProgressCards\" formFactor=\"2\"", "code component sg_SalesGoals.GoalProgressCards")]
    [DataRow(GoalForm, "<projection>sg_projection</projection>", "<projection>sg_projected</projection>", "property projection is bound to sg_projected")]
    [DataRow(OpsRole, "name=\"prvWritesg_Metric\" level=\"Global\"", "name=\"prvWritesg_Metric\" level=\"Local\"", "sg_metric is organization-owned")]
    [DataRow("Other/Solution.xml", "<RootComponent type=\"80\" schemaName=\"sg_SalesGoals\" behavior=\"0\" />", "", "app sg_salesgoals is not a root component")]
    [DataRow("environmentvariabledefinitions/sg_AlertThreshold/environmentvariabledefinition.xml", "<defaultvalue>0.20</defaultvalue>", "<defaultvalue>twenty</defaultvalue>", "default value 'twenty'")]
    public void Validate_ProductSolutionWithOneBrokenReference_ReportsIt(string file, string from, string to, string expected)
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        copy.Replace(file, from, to);

        var problems = SolutionValidator.Validate(SolutionReader.Load(copy.Folder)).Select(p => p.ToString()).ToList();

        Assert.IsTrue(problems.Any(p => p.Contains(expected, StringComparison.Ordinal)),
            $"expected a problem containing '{expected}', got:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [TestMethod]
    public void Load_FormDescribingAControlItDoesNotHave_Throws()
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        copy.Replace(GoalForm, "uniqueid=\"{", "uniqueid=\"{0");

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => SolutionReader.Load(copy.Folder));

        Assert.AreEqual(GoalForm, error.FilePath);
        Assert.Contains("no control of the form has as its uniqueid", error.Problem);
    }

    [TestMethod]
    public void Load_ChartWhoseDataDescriptionIsNotXml_Throws()
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        copy.Replace(AttainmentChart, "&lt;datadefinition&gt;", "&lt;datadefinition");

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => SolutionReader.Load(copy.Folder));

        Assert.AreEqual(AttainmentChart, error.FilePath);
    }
}
