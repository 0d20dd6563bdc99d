using System.IO;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.Cli.Plan.Model;
using SalesGoals.Crm.Cli.Tests.Support;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.Cli.Tests.Plan;

[TestClass]
public sealed class DimensionCatalogTests
{
    [TestMethod]
    [DataRow(DimensionKind.ProductLine, "sg_productlines")]
    [DataRow(DimensionKind.Region, "sg_regions")]
    [DataRow(DimensionKind.Segment, "sg_customersegments")]
    public void Of_EachDimension_SameValuesAndLabelsAsTheSolutionsGlobalChoice(DimensionKind kind, string optionSet)
    {
        var xml = XDocument.Load(Path.Combine(PlanFiles.RepoRoot(), "Solution", "OptionSets", optionSet + ".xml"));
        var solution = xml.Descendants("option").Select(o => (
            Value: (int)o.Attribute("value")!,
            English: (string)o.Descendants("label").Single(l => (string?)l.Attribute("languagecode") == "1033").Attribute("description")!,
            Chinese: (string)o.Descendants("label").Single(l => (string?)l.Attribute("languagecode") == "2052").Attribute("description")!)).ToList();

        CollectionAssert.AreEqual(solution, DimensionCatalog.Of(kind).ToList());
    }

    [TestMethod]
    [DataRow("Hardware", 100000000)]
    [DataRow("软件", 100000001)]
    [DataRow("100000002", 100000002)]
    [DataRow(" services ", 100000002)]
    public void TryFind_EnglishChineseOrValue_FindsTheOption(string text, int expected)
    {
        Assert.IsTrue(DimensionCatalog.TryFind(DimensionKind.ProductLine, text, out var found));
        Assert.AreEqual(expected, found.Value);
    }
}
