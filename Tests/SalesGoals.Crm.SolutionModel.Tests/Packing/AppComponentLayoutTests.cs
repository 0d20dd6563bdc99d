using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Packing;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.Packing;

/// <summary>
/// File names and XML shapes of the app's components as `pac solution unpack` writes them. The packer output
/// fixture has app modules, site maps and environment variables; for the rest the expectations come from public
/// real exports, read but not copied: an unpacked dashboard (github.com/meandtech2001/Apollo-HealthCare-Management-D365-CRM-,
/// commit 4af90e92, Dashboards/{formid}.xml), environment variable definitions with defaults and descriptions
/// (github.com/microsoft/coe-starter-kit, CenterofExcellenceCoreComponents/SolutionPackage/environmentvariabledefinitions/),
/// SolutionPackager's component file reference (Entities/&lt;table&gt;/Visualizations/{id}.xml) and the customization schema.
/// </summary>
[TestClass]
public sealed class AppComponentLayoutTests
{
    // The dashboard export's top-level elements, in its order (Descriptions sits after LocalizedNames when present).
    private static readonly string[] DashboardOrder =
        ["LocalizedNames", "Descriptions", "FormId", "IsCustomizable", "CanBeDeleted", "IsDefault", "FormXml", "IntroducedVersion", "IsTabletEnabled"];

    // The serviceendpointtype sequence of CustomizationsSolution.xsd (a sequence, so the order matters).
    private static readonly string[] ServiceEndpointOrder =
        ["ConnectionMode", "Contract", "Description", "Path", "SolutionNamespace", "UserClaim", "IsCustomizable", "AuthType", "MessageFormat", "NamespaceAddress", "NamespaceFormat", "SASKeyName", "Url"];

    private static string Product => TestPaths.ProductSolution;

    [TestMethod]
    public void Dashboard_FileNamedByItsFormId_WithTheExportsRootAndElementOrder()
    {
        var files = Directory.GetFiles(Path.Combine(Product, "Dashboards"), "*.xml");

        Assert.IsNotEmpty(files);
        foreach (var file in files)
        {
            var root = XDocument.Load(file).Root!;
            Assert.AreEqual("Dashboard", root.Name.LocalName);
            Assert.AreEqual(Path.GetFileNameWithoutExtension(file), root.Element("FormId")!.Value, "Dashboards/{formid}.xml, lower case as exported");
            var children = root.Elements().Select(e => e.Name.LocalName).ToList();
            CollectionAssert.AreEqual(DashboardOrder.Where(children.Contains).ToList(), children, Path.GetFileName(file));
            Assert.AreEqual("dashboard", (string?)root.Element("FormXml")!.Element("forms")!.Attribute("type"));
        }
    }

    [TestMethod]
    public void Dashboard_EveryChartAndGrid_IsASubgridControlWithItsOwnUniqueId()
    {
        var controls = Directory.GetFiles(Path.Combine(Product, "Dashboards"), "*.xml")
            .SelectMany(f => XDocument.Load(f).Descendants("control"))
            .Where(c => c.Element("parameters")?.Element("TargetEntityType") is not null)
            .ToList();

        Assert.IsNotEmpty(controls);
        Assert.IsTrue(controls.All(c => (string?)c.Attribute("indicationOfSubgrid") == "true"), "exported dashboards mark chart and grid cells indicationOfSubgrid=\"true\"");
        var ids = controls.Select(c => (string?)c.Attribute("uniqueid")).ToList();
        Assert.IsTrue(ids.All(id => Guid.TryParse(id, out _)), "every control has a uniqueid");
        Assert.HasCount(controls.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    [TestMethod]
    public void Charts_FileNamedByTheirVisualizationId_UnderTheirTablesVisualizationsFolder()
    {
        var files = Directory.GetDirectories(Path.Combine(Product, "Entities"))
            .Where(d => Directory.Exists(Path.Combine(d, "Visualizations")))
            .SelectMany(d => Directory.GetFiles(Path.Combine(d, "Visualizations"), "*.xml"))
            .ToList();

        Assert.HasCount(3, files);
        foreach (var file in files)
        {
            var root = XDocument.Load(file).Root!;
            Assert.AreEqual("visualization", root.Name.LocalName);
            Assert.AreEqual(Path.GetFileNameWithoutExtension(file), root.Element("savedqueryvisualizationid")!.Value);
            // Exports keep the chart's data and presentation XML as escaped text, not as child elements.
            Assert.IsFalse(root.Element("datadescription")!.HasElements, file);
            Assert.IsFalse(root.Element("presentationdescription")!.HasElements, file);
            StringAssert.StartsWith(root.Element("datadescription")!.Value, "<datadefinition>");
        }
    }

    [TestMethod]
    public void EnvironmentVariables_FolderNamedBySchemaName_ElementsAsExported_NoValueCommitted()
    {
        var fixture = Directory.GetFiles(Path.Combine(TestPaths.PackerOutput, "environmentvariabledefinitions"), "environmentvariabledefinition.xml", SearchOption.AllDirectories)
            .SelectMany(f => XDocument.Load(f).Root!.Elements().Select(e => e.Name.LocalName))
            .Concat(["defaultvalue", "description"]) // the CoE starter kit's exports carry both
            .ToHashSet(StringComparer.Ordinal);
        var folders = Directory.GetDirectories(Path.Combine(Product, "environmentvariabledefinitions"));

        Assert.HasCount(3, folders);
        foreach (var folder in folders)
        {
            var root = XDocument.Load(Path.Combine(folder, "environmentvariabledefinition.xml")).Root!;
            Assert.AreEqual(Path.GetFileName(folder), (string?)root.Attribute("schemaname"));
            var children = root.Elements().Select(e => e.Name.LocalName).ToList();
            CollectionAssert.IsSubsetOf(children, fixture.ToList(), Path.GetFileName(folder));
            CollectionAssert.AreEqual(children.Order(StringComparer.Ordinal).ToList(), children, "exports write the elements in alphabetical order");
            // A value file (environmentvariablevalues.json) would pin one environment's value into every import.
            CollectionAssert.AreEqual(new[] { "environmentvariabledefinition.xml" }, Directory.GetFiles(folder).Select(Path.GetFileName).ToArray());
        }
    }

    [TestMethod]
    public void ServiceEndpoint_FileNamedByItsName_ElementsInSchemaOrder_NoKey()
    {
        var file = Directory.GetFiles(Path.Combine(Product, "ServiceEndpoints"), "*.xml").Single();

        var root = XDocument.Load(file).Root!;

        Assert.AreEqual("ServiceEndpoint", root.Name.LocalName);
        Assert.AreEqual(Path.GetFileNameWithoutExtension(file), (string?)root.Attribute("Name"));
        var children = root.Elements().Select(e => e.Name.LocalName).ToList();
        CollectionAssert.AreEqual(ServiceEndpointOrder.Where(children.Contains).ToList(), children);
        CollectionAssert.DoesNotContain(children, "SASKey");
        CollectionAssert.DoesNotContain(children, "SASToken");
    }

    [TestMethod]
    [DataRow("AppModules", "AppModule", "UniqueName")]
    [DataRow("AppModuleSiteMaps", "AppModuleSiteMap", "SiteMapUniqueName")]
    public void AppModuleAndSiteMap_FolderNamedByUniqueName_WithTheirManagedTwin(string folder, string file, string key)
    {
        foreach (var root in new[] { TestPaths.PackerOutput, Product })
        {
            foreach (var directory in Directory.GetDirectories(Path.Combine(root, folder)))
            {
                var names = Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
                CollectionAssert.AreEqual(new[] { file + ".xml", file + "_managed.xml" }, names, directory);
                Assert.AreEqual(Path.GetFileName(directory), XDocument.Load(Path.Combine(directory, file + ".xml")).Root!.Element(key)!.Value);
            }
        }
    }

    [TestMethod]
    [DataRow(SolutionPackageType.Unmanaged)]
    [DataRow(SolutionPackageType.Managed)]
    public void PackThenUnpack_PutsEveryAppComponentWhereThisFolderHasIt(SolutionPackageType type)
    {
        var work = Path.Combine(Path.GetTempPath(), "sg-layout-" + Guid.NewGuid().ToString("N"));
        var unpacked = Path.Combine(work, "unpacked");
        Directory.CreateDirectory(work);
        using var control = new ControlBuild();
        try
        {
            var binary = Path.Combine(work, "SalesGoals.Crm.Plugins.dll");
            File.WriteAllBytes(binary, [0x4d, 0x5a]);
            var zip = Path.Combine(work, "solution.zip");
            using (var stream = File.Create(zip))
            {
                SolutionZip.Write(Product, type, stream, "1.0.0.0", new Dictionary<string, string> { ["SalesGoals.Crm.Plugins.dll"] = binary }, control.Outputs);
            }

            using (var stream = File.OpenRead(zip))
            {
                SolutionUnpacker.Unpack(stream, unpacked);
            }

            CollectionAssert.AreEqual(AppComponentFiles(Product), AppComponentFiles(unpacked));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // The unpacker writes one file per component (no _managed twins), so twins are left out of the comparison.
    private static List<string> AppComponentFiles(string root)
    {
        var folders = new[] { "Dashboards", "ServiceEndpoints", "environmentvariabledefinitions", "AppModules", "AppModuleSiteMaps" };
        var files = folders.Where(f => Directory.Exists(Path.Combine(root, f)))
            .SelectMany(f => Directory.GetFiles(Path.Combine(root, f), "*.xml", SearchOption.AllDirectories))
            .Concat(Directory.GetDirectories(Path.Combine(root, "Entities"))
                .Where(d => Directory.Exists(Path.Combine(d, "Visualizations")))
                .SelectMany(d => Directory.GetFiles(Path.Combine(d, "Visualizations"), "*.xml")))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith("_managed.xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files;
    }
}
