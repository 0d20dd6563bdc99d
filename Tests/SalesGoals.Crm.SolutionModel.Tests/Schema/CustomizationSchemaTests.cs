using System;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Schema;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.Schema;

/// <summary>Unpacked solutions, composed the way a pack composes customizations.xml, checked
/// against Microsoft's customization schema (fixture: Fixtures/CustomizationSchema).</summary>
[TestClass]
public sealed class CustomizationSchemaTests
{
    private static readonly Lazy<CustomizationSchema> LazySchema = new(() => CustomizationSchema.Load(TestPaths.CustomizationSchemaFolder));

    private static CustomizationSchema Schema => LazySchema.Value;

    [TestMethod]
    [DataRow("PackerOutput")]
    [DataRow("ExportSample")]
    public void Validate_RealPackerOutput_HasNoProblems(string fixture)
    {
        var folder = fixture == "PackerOutput" ? TestPaths.PackerOutput : TestPaths.DataverseSample;

        var problems = Schema.Validate(folder);

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems.Take(40)));
    }

    [TestMethod]
    public void Validate_ProductSolution_HasNoProblems()
    {
        var problems = Schema.Validate(TestPaths.ProductSolution);

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems.Take(60)));
    }

    [TestMethod]
    public void Validate_MoneyColumnWithIsBaseCurrency_ReportsTheColumnsFileAndLine()
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        copy.Replace("Entities/sg_ExternalActual/Entity.xml", "<CalculationOf>sg_amount</CalculationOf>", "<IsBaseCurrency>1</IsBaseCurrency>");

        var problems = Schema.Validate(copy.Folder);

        var problem = problems.Single();
        Assert.AreEqual("Entities/sg_ExternalActual/Entity.xml", problem.File);
        Assert.IsGreaterThan(0, problem.Line);
        Assert.Contains("IsBaseCurrency", problem.Message);
    }

    [TestMethod]
    public void Validate_StepWithConfigurationAfterFilteringAttributes_ReportsTheStep()
    {
        const string Step = "SdkMessageProcessingSteps/{5b0c2f01-7a41-4c51-9a10-000000000401}.xml";
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        var text = System.IO.File.ReadAllText(copy.PathOf(Step));
        var configuration = text[text.IndexOf("  <Configuration>", StringComparison.Ordinal)..(text.IndexOf("</Configuration>", StringComparison.Ordinal) + 17)];
        copy.Replace(Step, configuration, string.Empty);
        copy.Replace(Step, "  <InvocationSource>", configuration + "  <InvocationSource>");

        var problems = Schema.Validate(copy.Folder);

        Assert.AreEqual(Step, problems.Single().File, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public void Validate_ManagedFormDeviatingFromTheSchema_IsReportedAlthoughTheUnmanagedOneIsValid()
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        var form = System.IO.Directory.GetFiles(copy.PathOf("Entities/sg_Goal/FormXml/main"), "*_managed.xml").Single();
        copy.Replace(System.IO.Path.GetRelativePath(copy.Folder, form), "<FormPresentation>", "<FormPresentations>1</FormPresentations><FormPresentation>");

        var problems = Schema.Validate(copy.Folder);

        StringAssert.EndsWith(problems.Single().File, "_managed.xml");
    }

    [TestMethod]
    [DataRow("AppModuleSiteMaps/sg_SalesGoals/AppModuleSiteMap_managed.xml", "<SubArea Id=\"sg_sub_mygoals\"", "<SubArea Colour=\"red\" Id=\"sg_sub_mygoals\"", "Colour")]
    [DataRow("AppModules/sg_SalesGoals/AppModule_managed.xml", "<FormFactor>1</FormFactor>", "<FormFactor>desktop</FormFactor>", "FormFactor")]
    [DataRow("Dashboards/{e2299b86-3824-5b19-a988-b5995a4cd297}.xml", "<IsDefault>0</IsDefault>", "<IsDefault>no</IsDefault>", "IsDefault")]
    [DataRow("Entities/sg_Goal/Visualizations/{b8bf8815-3c1a-5e72-a3d8-f7cb198ab3ef}.xml", "<isdefault>0</isdefault>", "<isdefault>0</isdefault><isdefault>0</isdefault>", "isdefault")]
    [DataRow("ServiceEndpoints/SalesGoals Goal Events.xml", "<Contract>2</Contract>", "<Contract>queue</Contract>", "Contract")]
    public void Validate_AppComponentDeviatingFromTheSchema_IsReportedInItsFile(string file, string from, string to, string element)
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        copy.Replace(file, from, to);

        var problems = Schema.Validate(copy.Folder);

        var problem = problems.Single();
        Assert.AreEqual(file, problem.File, problem.Message);
        Assert.Contains(element, problem.Message);
    }

    [TestMethod]
    [DataRow("<SolutionPluginAssemblies />", "SolutionPluginAssemblies")]
    [DataRow("<SdkMessageProcessingSteps />", "SdkMessageProcessingSteps")]
    public void Validate_CustomizationsWithoutTheSectionOfAComponentKind_Throws(string node, string section)
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        copy.Replace("Other/Customizations.xml", node, string.Empty);

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => Schema.Validate(copy.Folder));

        Assert.Contains($"no <{section} /> node", error.Message);
    }

    [TestMethod]
    [DataRow("<FormXml />", "forms")]
    [DataRow("<SavedQueries />", "views")]
    public void Validate_EntityWithoutPlaceholder_ThrowsInsteadOfDroppingFormsOrViews(string placeholder, string what)
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        copy.Replace("Entities/sg_Metric/Entity.xml", placeholder, string.Empty);

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => Schema.Validate(copy.Folder));

        Assert.AreEqual("Entities/sg_Metric/Entity.xml", error.FilePath);
        Assert.Contains(what, error.Problem);
    }
}
