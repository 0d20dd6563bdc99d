using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Packing;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.Packing;

/// <summary>
/// Solution/ laid out as SolutionPackager lays out a folder unpacked as both managed and unmanaged,
/// compared with real packer output (Fixtures/PackerOutput, see its SOURCE.md): file places, root
/// elements, section order, placeholders, managed form twins, system relationships.
/// </summary>
[TestClass]
public sealed class PackerLayoutTests
{
    private static string Product => TestPaths.ProductSolution;

    private static string Packer => TestPaths.PackerOutput;

    [TestMethod]
    [DataRow("Other/Solution.xml", "ImportExportXml")]
    [DataRow("Other/Customizations.xml", "ImportExportXml")]
    [DataRow("Other/Relationships.xml", "EntityRelationships")]
    public void Layout_OtherFiles_HaveThePackersRootElements(string file, string root)
    {
        Assert.AreEqual(root, RootName(Path.Combine(Packer, file)), "fixture");
        Assert.AreEqual(root, RootName(Path.Combine(Product, file)));
    }

    [TestMethod]
    [DataRow("Entities", "Entity.xml", "Entity")]
    [DataRow("Entities", "SavedQueries/*.xml", "savedqueries")]
    [DataRow("Entities", "FormXml/*/*.xml", "forms")]
    [DataRow("Other/Relationships", "*.xml", "EntityRelationships")]
    [DataRow("PluginAssemblies", "*.dll.data.xml", "PluginAssembly")]
    [DataRow("SdkMessageProcessingSteps", "*.xml", "SdkMessageProcessingStep")]
    [DataRow("AppModules", "*/AppModule.xml", "AppModule")]
    [DataRow("AppModules", "*/AppModule_managed.xml", "AppModule")]
    [DataRow("AppModuleSiteMaps", "*/AppModuleSiteMap.xml", "AppModuleSiteMap")]
    [DataRow("AppModuleSiteMaps", "*/AppModuleSiteMap_managed.xml", "AppModuleSiteMap")]
    [DataRow("environmentvariabledefinitions", "*/environmentvariabledefinition.xml", "environmentvariabledefinition")]
    public void Layout_ComponentFiles_HaveThePackersRootElements(string folder, string pattern, string root)
    {
        var fixtureFiles = Find(Packer, folder, pattern);
        var productFiles = Find(Product, folder, pattern);

        Assert.IsNotEmpty(fixtureFiles, "fixture");
        Assert.IsNotEmpty(productFiles);
        Assert.IsTrue(fixtureFiles.All(f => RootName(f) == root), "fixture");
        CollectionAssert.AreEqual(Array.Empty<string>(), productFiles.Where(f => RootName(f) != root).Select(f => Path.GetRelativePath(Product, f)).ToArray());
    }

    [TestMethod]
    public void Layout_Manifest_SaysBothLikeThePackerOutput()
    {
        Assert.AreEqual(2, SolutionPackage.ManagedFlag(Packer), "fixture");
        Assert.AreEqual(2, SolutionPackage.ManagedFlag(Product), "both pipelines pack a managed solution from this folder");
    }

    [TestMethod]
    public void Layout_Customizations_HasTheSectionsOfEveryComponentKindInThePackersOrder()
    {
        var order = Children(Path.Combine(Packer, "Other", "Customizations.xml"));
        var product = Children(Path.Combine(Product, "Other", "Customizations.xml"));

        CollectionAssert.IsSubsetOf(new[] { "SolutionPluginAssemblies", "SdkMessageProcessingSteps" }, product);
        var known = product.Where(order.Contains).ToList();
        CollectionAssert.AreEqual(known.OrderBy(order.IndexOf).ToList(), known, "sections out of the packer's order");
    }

    [TestMethod]
    public void Layout_CustomTableEntityXml_HasThePackersTopLevelElementsAndPlaceholders()
    {
        var expected = Children(Find(Packer, "Entities", "Entity.xml").Single());
        var wrong = new List<string>();
        foreach (var file in CustomTables())
        {
            // A table with charts also has the <Visualizations /> placeholder, after <SavedQueries />.
            var children = Children(file);
            var withCharts = Directory.Exists(Path.Combine(Path.GetDirectoryName(file)!, "Visualizations"))
                ? expected.SelectMany(e => e == "SavedQueries" ? new[] { e, "Visualizations" } : [e]).ToList()
                : expected;
            if (!children.SequenceEqual(withCharts))
            {
                wrong.Add($"{Path.GetRelativePath(Product, file)}: {string.Join(", ", children)}");
            }

            var entity = XDocument.Load(file).Root!;
            if (entity.Element("FormXml")!.HasElements || entity.Element("SavedQueries")!.HasElements)
            {
                wrong.Add($"{Path.GetRelativePath(Product, file)}: placeholders must be empty");
            }
        }

        Assert.IsEmpty(wrong, $"expected {string.Join(", ", expected)}:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    [TestMethod]
    public void Layout_CustomTables_DeclareNoColumnThePlatformAddsThatPackerOutputLeavesOut()
    {
        var fixtureColumns = Columns(Find(Packer, "Entities", "Entity.xml").Single());
        Assert.DoesNotContain("versionnumber", fixtureColumns, "fixture");

        var declaring = CustomTables().Where(f => Columns(f).Contains("versionnumber")).Select(f => Path.GetRelativePath(Product, f)).ToList();

        Assert.IsEmpty(declaring, "versionnumber is added by the platform: " + string.Join(", ", declaring));
    }

    [TestMethod]
    public void Layout_EveryForm_HasItsManagedTwinWithTheSameFormId()
    {
        foreach (var root in new[] { Packer, Product })
        {
            var forms = Find(root, "Entities", "FormXml/*/*.xml");
            var unmanaged = forms.Where(f => !f.EndsWith("_managed.xml", StringComparison.Ordinal)).ToList();
            Assert.IsNotEmpty(unmanaged);
            foreach (var form in unmanaged)
            {
                var twin = form[..^4] + "_managed.xml";
                Assert.IsTrue(File.Exists(twin), $"{Path.GetRelativePath(root, form)} has no managed twin");
                Assert.AreEqual(FormId(form), FormId(twin), Path.GetRelativePath(root, twin));
            }

            Assert.AreEqual(unmanaged.Count * 2, forms.Count, "a managed form without its unmanaged file");
        }
    }

    [TestMethod]
    public void Layout_EveryUserOwnedCustomTable_HasTheSystemRelationshipsPackerOutputHas()
    {
        var fixtureTable = "dkdt_pluginimpersonationtest";
        var patterns = RelationshipNames(Packer).Where(n => n.Contains(fixtureTable, StringComparison.Ordinal))
            .Select(n => n.Replace(fixtureTable, "{0}", StringComparison.Ordinal)).ToList();
        Assert.HasCount(6, patterns, "fixture: " + string.Join(", ", patterns));
        var declared = RelationshipNames(Product);
        var index = Children(Path.Combine(Product, "Other", "Relationships.xml"), "Name");

        var missing = new List<string>();
        foreach (var file in CustomTables().Where(f => XDocument.Load(f).Descendants("OwnershipTypeMask").Single().Value == "UserOwned"))
        {
            var table = XDocument.Load(file).Root!.Element("Name")!.Value.ToLowerInvariant();
            missing.AddRange(patterns.Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, p, table))
                .Where(name => !declared.Contains(name) || !index.Contains(name)));
        }

        Assert.IsEmpty(missing, string.Join(", ", missing));
    }

    private static IEnumerable<string> CustomTables() =>
        Find(Product, "Entities", "Entity.xml").Where(f => Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith("sg_", StringComparison.Ordinal));

    private static List<string> Find(string root, string folder, string pattern)
    {
        var parts = pattern.Split('/');
        IEnumerable<string> folders = [Path.Combine(root, folder)];
        if (folder == "Entities" || folder == "PluginAssemblies")
        {
            folders = Directory.EnumerateDirectories(Path.Combine(root, folder));
        }

        foreach (var part in parts[..^1])
        {
            folders = folders.SelectMany(f => part == "*" ? Directory.EnumerateDirectories(f) : Directory.Exists(Path.Combine(f, part)) ? [Path.Combine(f, part)] : []);
        }

        return folders.SelectMany(f => Directory.EnumerateFiles(f, parts[^1])).Order(StringComparer.Ordinal).ToList();
    }

    private static string RootName(string file) => XDocument.Load(file).Root!.Name.LocalName;

    private static List<string> Children(string file) => XDocument.Load(file).Root!.Elements().Select(e => e.Name.LocalName).ToList();

    private static List<string> Children(string file, string attribute) =>
        XDocument.Load(file).Root!.Elements().Select(e => (string?)e.Attribute(attribute) ?? string.Empty).ToList();

    private static List<string> Columns(string entityFile) =>
        XDocument.Load(entityFile).Descendants("attribute").Select(a => a.Element("LogicalName")?.Value ?? string.Empty).ToList();

    private static string FormId(string file) => XDocument.Load(file).Descendants("formid").Single().Value;

    private static HashSet<string> RelationshipNames(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "Other", "Relationships"), "*.xml")
            .SelectMany(f => XDocument.Load(f).Root!.Elements("EntityRelationship"))
            .Select(r => (string)r.Attribute("Name")!)
            .ToHashSet(StringComparer.Ordinal);
}
