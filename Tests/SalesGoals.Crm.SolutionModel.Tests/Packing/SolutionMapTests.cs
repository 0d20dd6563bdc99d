using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SalesGoals.Crm.SolutionModel.Packing;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Tests.Support;

namespace SalesGoals.Crm.SolutionModel.Tests.Packing;

/// <summary>pipelines/solution-map.xml follows SolutionPackager's documented mapping forms
/// (Folder, FileToFile, FileToPath) and maps the plug-in assembly the solution declares to the
/// net462 build output.</summary>
[TestClass]
public sealed class SolutionMapTests
{
    private static XElement Map => XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "pipelines", "solution-map.xml")).Root!;

    [TestMethod]
    public void Map_UsesOnlyDocumentedDirectives_AndFileToPathNeverNamesAFile()
    {
        Assert.AreEqual("Mapping", Map.Name.LocalName);
        foreach (var directive in Map.Elements())
        {
            CollectionAssert.Contains(new[] { "Folder", "FileToFile", "FileToPath" }, directive.Name.LocalName);
            var to = (string)directive.Attribute("to")!;
            if (directive.Name.LocalName == "FileToPath")
            {
                Assert.IsFalse(Path.HasExtension(to.TrimEnd('\\', '/')), $"FileToPath to='{to}' must be a folder (map a file to a file with FileToFile)");
            }
        }
    }

    [TestMethod]
    public void Map_TakesThePluginAssemblyFromTheNet462BuildOutput()
    {
        var assembly = SolutionReader.Load(TestPaths.ProductSolution).PluginAssemblies.Single();
        var fileName = assembly.Name + ".dll";
        var directive = Map.Elements("FileToFile").Single(d => ((string)d.Attribute("map")!).EndsWith("\\" + fileName, StringComparison.Ordinal));

        var map = ((string)directive.Attribute("map")!).Replace('\\', '/');
        var to = Path.GetFullPath(Path.Combine(TestPaths.ProductSolution, ((string)directive.Attribute("to")!).Replace('\\', '/')));

        StringAssert.StartsWith(map, "PluginAssemblies/");
        Assert.AreEqual(Path.Combine(TestPaths.RepositoryRoot, "Plugins", assembly.Name, "bin", "Release", "net462", fileName), to);
        var project = XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "Plugins", assembly.Name, assembly.Name + ".csproj"));
        StringAssert.Contains(project.Descendants("TargetFrameworks").Single().Value, "net462");
    }

    [TestMethod]
    public void Load_Map_GivesThePackerThePluginBinaryPathByFileName()
    {
        var files = SolutionMap.Load(Path.Combine(TestPaths.RepositoryRoot, "pipelines", "solution-map.xml"), TestPaths.ProductSolution);

        Assert.AreEqual(
            Path.Combine(TestPaths.RepositoryRoot, "Plugins", "SalesGoals.Crm.Plugins", "bin", "Release", "net462", "SalesGoals.Crm.Plugins.dll"),
            files["SalesGoals.Crm.Plugins.dll"]);
    }
}
