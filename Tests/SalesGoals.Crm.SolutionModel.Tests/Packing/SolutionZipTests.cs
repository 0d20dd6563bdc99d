using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Packing;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Tests.Support;
using SalesGoals.Crm.SolutionModel.Validation;

namespace SalesGoals.Crm.SolutionModel.Tests.Packing;

/// <summary>Solution zips packed from Solution/ (unmanaged and managed): SolutionPackager's zip
/// layout, compared with a real export's zip contents (Fixtures/SolutionZip), and read back with
/// the solution model.</summary>
[TestClass]
public sealed class SolutionZipTests
{
    private const string AssemblyFile = "SalesGoals.Crm.Plugins.dll";
    private static readonly byte[] FakeBinary = [0x4d, 0x5a, 0x90, 0x00, 0x03];

    private static readonly ControlBuild Control = new();

    public TestContext TestContext { get; set; } = null!;

    [ClassCleanup]
    public static void RemoveControlBuild() => Control.Dispose();

    [TestMethod]
    [DataRow(SolutionPackageType.Unmanaged, "0")]
    [DataRow(SolutionPackageType.Managed, "1")]
    public void Write_ProductSolution_HasTheRootEntriesAndManifestOfARealExport(SolutionPackageType type, string managed)
    {
        using var zip = Pack(TestPaths.ProductSolution, type, "1.2.3.45");

        var real = Directory.GetFiles(TestPaths.RealSolutionZipContents).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var rootEntries = zip.Entries.Where(e => !e.FullName.Contains('/', StringComparison.Ordinal)).Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(real, rootEntries);
        var solution = Xml(zip, "solution.xml").Root!.Element("SolutionManifest")!;
        var realSolution = XDocument.Load(Path.Combine(TestPaths.RealSolutionZipContents, "solution.xml")).Root!.Element("SolutionManifest")!;
        CollectionAssert.AreEqual(realSolution.Elements().Select(e => e.Name.LocalName).ToArray(), solution.Elements().Select(e => e.Name.LocalName).ToArray());
        Assert.AreEqual(managed, solution.Element("Managed")!.Value);
        Assert.AreEqual("1.2.3.45", solution.Element("Version")!.Value);
    }

    [TestMethod]
    public void Write_ProductSolution_ContentTypesAndSectionOrderMatchARealExport()
    {
        using var zip = Pack(TestPaths.ProductSolution, SolutionPackageType.Managed);

        var real = XDocument.Load(Path.Combine(TestPaths.RealSolutionZipContents, "[Content_Types].xml")).Root!;
        var written = Xml(zip, "[Content_Types].xml").Root!;
        Assert.AreEqual(real.Name, written.Name);
        var xml = written.Elements().Single(e => (string)e.Attribute("Extension")! == "xml");
        Assert.AreEqual((string)real.Elements().Single().Attribute("ContentType")!, (string)xml.Attribute("ContentType")!);
        var realOrder = XDocument.Load(Path.Combine(TestPaths.RealSolutionZipContents, "customizations.xml")).Root!.Elements().Select(e => e.Name.LocalName).ToList();
        var order = Xml(zip, "customizations.xml").Root!.Elements().Select(e => e.Name.LocalName).Where(realOrder.Contains).ToList();
        CollectionAssert.AreEqual(order.OrderBy(realOrder.IndexOf).ToList(), order);
    }

    [TestMethod]
    public void Write_ProductSolution_CarriesThePluginAssemblyWhereItsFileNameSays()
    {
        using var zip = Pack(TestPaths.ProductSolution, SolutionPackageType.Managed);

        var fileName = Xml(zip, "customizations.xml").Descendants("PluginAssembly").Single().Element("FileName")!.Value;
        var entry = zip.GetEntry(fileName.TrimStart('/'));
        Assert.IsNotNull(entry, fileName);
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        CollectionAssert.AreEqual(FakeBinary, copy.ToArray());
    }

    [TestMethod]
    [DataRow(SolutionPackageType.Unmanaged)]
    [DataRow(SolutionPackageType.Managed)]
    public void Write_ThenUnpack_ReadsBackTheSameSolution(SolutionPackageType type)
    {
        var original = SolutionReader.Load(TestPaths.ProductSolution);
        using var zip = Pack(TestPaths.ProductSolution, type);
        var folder = Path.Combine(Path.GetTempPath(), "sg-unpacked-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var stream = File.OpenRead(ZipPath(type)))
            {
                SolutionUnpacker.Unpack(stream, folder);
            }

            var read = SolutionReader.Load(folder);

            Assert.AreEqual(original.Version, read.Version);
            CollectionAssert.AreEqual(Summary(original).ToList(), Summary(read).ToList());
            Assert.IsEmpty(SolutionValidator.Validate(read), string.Join(Environment.NewLine, SolutionValidator.Validate(read)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void Write_ManagedFromAFormWithoutItsManagedFile_Throws()
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        var managedForm = Directory.GetFiles(copy.PathOf("Entities/sg_Metric/FormXml/main"), "*_managed.xml").Single();
        File.Delete(managedForm);

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => SolutionZip.Write(copy.Folder, SolutionPackageType.Managed, Stream.Null, assemblyFiles: Binary()));

        Assert.Contains(Path.GetFileName(managedForm), error.Problem);
    }

    [TestMethod]
    public void Write_ManagedFromAnUnmanagedOnlyFolder_ThrowsLikeSolutionPackager()
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        copy.Replace("Other/Solution.xml", "<Managed>2</Managed>", "<Managed>0</Managed>");

        var error = Assert.ThrowsExactly<SolutionFormatException>(() => SolutionZip.Write(copy.Folder, SolutionPackageType.Managed, Stream.Null, assemblyFiles: Binary()));

        Assert.Contains("Solution package type did not match requested type", error.Problem);
    }

    [TestMethod]
    public void Write_WithoutThePluginBinary_ThrowsNamingIt()
    {
        var error = Assert.ThrowsExactly<SolutionFormatException>(() => SolutionZip.Write(TestPaths.ProductSolution, SolutionPackageType.Unmanaged, Stream.Null));

        Assert.Contains($"the binary of {AssemblyFile} is missing", error.Problem);
    }

    [TestMethod]
    [DataRow(SolutionPackageType.Unmanaged)]
    [DataRow(SolutionPackageType.Managed)]
    public void Write_ProductSolution_CarriesTheProgressCardsBuildAndTheFormThatUsesIt(SolutionPackageType type)
    {
        using var zip = Pack(TestPaths.ProductSolution, type);

        const string Folder = "Controls/" + ControlBuild.ControlName + "/";
        var entries = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith(Folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        CollectionAssert.AreEqual(new[] { "ControlManifest.xml", "bundle.js", "css/GoalProgressCard.css", "strings/GoalProgressCard.1033.resx", "strings/GoalProgressCard.2052.resx" }
            .Select(f => Folder + f).ToArray(), entries);
        var customizations = Xml(zip, "customizations.xml").Root!;
        Assert.AreEqual("/" + Folder + "ControlManifest.xml", customizations.Element("CustomControls")!.Element("CustomControl")!.Element("FileName")!.Value);
        var goalForm = customizations.Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == "sg_Goal").Element("FormXml")!;
        Assert.AreEqual(3, goalForm.Descendants("customControl").Count(c => (string?)c.Attribute("name") == ControlBuild.ControlName));
        var manifest = Xml(zip, Folder + "ControlManifest.xml").Root!.Element("control")!;
        Assert.AreEqual("bundle.js", (string)manifest.Element("resources")!.Element("code")!.Attribute("path")!);
    }

    [TestMethod]
    public void Write_Managed_TakesTheGoalFormFromItsManagedTwin()
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        var managed = Directory.GetFiles(copy.PathOf("Entities/sg_Goal/FormXml/main"), "*_managed.xml").Single();
        copy.Replace(Path.GetRelativePath(copy.Folder, managed), "description=\"Goal progress\"", "description=\"Goal progress (managed)\"");

        using var unmanagedZip = Pack(copy.Folder, SolutionPackageType.Unmanaged);
        var unmanagedText = Xml(unmanagedZip, "customizations.xml").ToString();
        using var managedZip = Pack(copy.Folder, SolutionPackageType.Managed);
        var managedText = Xml(managedZip, "customizations.xml").ToString();

        Assert.Contains("Goal progress (managed)", managedText);
        Assert.DoesNotContain("Goal progress (managed)", unmanagedText);
    }

    [TestMethod]
    public void Layout_GoalFormTwins_CarryTheSameCardAndLedger()
    {
        var folder = Path.Combine(TestPaths.ProductSolution, "Entities", "sg_Goal", "FormXml", "main");
        var unmanaged = Directory.GetFiles(folder, "*.xml").Single(f => !f.EndsWith("_managed.xml", StringComparison.Ordinal));
        XElement Body(string file) => XDocument.Load(file).Root!;

        string Signature(XElement form) => string.Join("|", form.Descendants("customControl").Select(c => c.ToString(SaveOptions.DisableFormatting))
            .Concat(form.Descendants("control").Select(c => (string?)c.Attribute("datafieldname") + (string?)c.Attribute("uniqueid")))
            .Concat(form.Descendants("RelationshipName").Select(r => r.Value)));

        Assert.AreEqual(Signature(Body(unmanaged)), Signature(Body(unmanaged[..^4] + "_managed.xml")),
            "a managed pack takes the _managed twin: it must carry the same progress card and ledger");
    }

    [TestMethod]
    public void Write_ControlBuildWhoseManifestListsTheTypeScriptSource_Throws()
    {
        using var stale = new ControlBuild();
        var manifestPath = Path.Combine(stale.Folder, "ControlManifest.xml");
        File.WriteAllText(manifestPath, File.ReadAllText(manifestPath).Replace("path=\"bundle.js\"", "path=\"index.ts\"", StringComparison.Ordinal));

        var error = Assert.ThrowsExactly<SolutionFormatException>(() =>
            SolutionZip.Write(TestPaths.ProductSolution, SolutionPackageType.Managed, Stream.Null, null, Binary(), stale.Outputs));

        Assert.Contains("index.ts", error.Problem);
    }

    [TestMethod]
    public void Write_FormSettingAPropertyTheBuiltControlDoesNotDeclare_Throws()
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);
        var managed = Directory.GetFiles(copy.PathOf("Entities/sg_Goal/FormXml/main"), "*_managed.xml").Single();
        copy.Replace(Path.GetRelativePath(copy.Folder, managed), "<projection>sg_projection</projection>", "<projected>sg_projection</projected>");

        var error = Assert.ThrowsExactly<SolutionFormatException>(() =>
            SolutionZip.Write(copy.Folder, SolutionPackageType.Managed, Stream.Null, null, Binary(), Control.Outputs));

        Assert.Contains("property projected", error.Problem);
    }

    [TestMethod]
    public void Write_WithoutTheControlsBuildOutput_ThrowsNamingIt()
    {
        var error = Assert.ThrowsExactly<SolutionFormatException>(() =>
            SolutionZip.Write(TestPaths.ProductSolution, SolutionPackageType.Unmanaged, Stream.Null, null, Binary()));

        Assert.Contains("build output of sg_SalesGoals.GoalProgressCard is missing", error.Problem);
    }

    [TestMethod]
    public void Write_Twice_WritesTheSameBytes()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        SolutionZip.Write(TestPaths.ProductSolution, SolutionPackageType.Managed, first, "1.0.0.7", Binary(), Control.Outputs);
        SolutionZip.Write(TestPaths.ProductSolution, SolutionPackageType.Managed, second, "1.0.0.7", Binary(), Control.Outputs);

        CollectionAssert.AreEqual(first.ToArray(), second.ToArray());
    }

    [TestMethod]
    public void StampVersion_WritesTheVersionIntoTheManifestAndRefusesAThreePartOne()
    {
        using var copy = new SolutionCopy(TestPaths.ProductSolution);

        SolutionZip.StampVersion(copy.Folder, "2.1.0.314");

        Assert.AreEqual("2.1.0.314", SolutionReader.Load(copy.Folder).Version);
        Assert.ThrowsExactly<ArgumentException>(() => SolutionZip.StampVersion(copy.Folder, "2.1.0"));
    }

    private IReadOnlyDictionary<string, string> Binary()
    {
        var path = Path.Combine(TestContext.TestRunDirectory ?? Path.GetTempPath(), AssemblyFile);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, FakeBinary);
        return new Dictionary<string, string> { [AssemblyFile] = path };
    }

    private string ZipPath(SolutionPackageType type) =>
        Path.Combine(TestContext.TestRunDirectory ?? Path.GetTempPath(), $"SalesGoals_{type}_{TestContext.TestName}.zip");

    private ZipArchive Pack(string folder, SolutionPackageType type, string? version = null)
    {
        var path = ZipPath(type);
        using (var output = File.Create(path))
        {
            SolutionZip.Write(folder, type, output, version, Binary(), Control.Outputs);
        }

        return ZipFile.OpenRead(path);
    }

    private static XDocument Xml(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static IEnumerable<string> Summary(SolutionDefinition solution) =>
        solution.Tables.OrderBy(t => t.LogicalName, StringComparer.Ordinal)
            .Select(t => $"table {t.LogicalName} {t.Columns.Count} columns {t.Keys.Count} keys {t.Views.Count} views {t.Forms.Count} forms")
            .Concat(solution.Steps.OrderBy(s => s.Id).Select(s => $"step {s.Id} {s.MessageName} {s.PrimaryEntity} {s.Stage} {s.Mode} {s.Images.Count}"))
            .Concat(solution.Roles.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => $"role {r.Name} {r.Privileges.Count} {r.IsCustomizable}"))
            .Concat(solution.GlobalOptionSets.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => $"optionset {o.Name}"))
            .Concat(solution.CustomApis.OrderBy(a => a.UniqueName, StringComparer.Ordinal).Select(a => $"api {a.UniqueName} {a.PluginTypeName}"))
            .Concat(solution.PluginAssemblies.Select(a => $"assembly {a.FullName} {a.Types.Count}"))
            .Concat(solution.RootComponents.Select(r => $"root {r.Type} {r.SchemaName} {r.Id}"));
}
