using System.IO;
using SalesGoals.Crm.SolutionModel.Reading;

namespace SalesGoals.Crm.SolutionModel.Packing;

/// <summary>Facts about an unpacked solution folder a pack needs before reading it whole.</summary>
public static class SolutionPackage
{
    /// <summary>The manifest's <c>&lt;Managed&gt;</c>: 0 unmanaged, 1 managed, 2 both (what
    /// <c>pac solution unpack --packagetype Both</c> writes and what a managed pack needs).</summary>
    public static int ManagedFlag(string solutionFolder)
    {
        var root = Path.GetFullPath(solutionFolder);
        var file = SolutionXmlFile.Load(root, Path.Combine(root, "Other", "Solution.xml"));
        file.ExpectRoot("ImportExportXml");
        return file.OptionalInt(file.RequiredChild(file.Root, "SolutionManifest"), "Managed") ?? 0;
    }
}
