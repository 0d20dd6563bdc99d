using System;
using System.IO;

namespace SalesGoals.Crm.SolutionModel.Tests.Support;

/// <summary>Finds the repository (the folder holding SalesGoals.Crm.sln) and the committed fixtures,
/// wherever the test assembly runs from.</summary>
public static class TestPaths
{
    public static string RepositoryRoot => global::SalesGoals.Crm.Testing.RepositoryRoot.Path;

    /// <summary>Fixtures committed with the tests (each folder's SOURCE.md says where it came from).</summary>
    public static string Fixtures => Path.Combine(RepositoryRoot, "Tests", "SalesGoals.Crm.SolutionModel.Tests", "Fixtures");

    /// <summary>The public solution export sample (a copy of shared/contracts/dataverse/solution-export-sample).</summary>
    public static string DataverseSample => Path.Combine(Fixtures, "ExportSample");

    /// <summary>Microsoft's customization schema set, 9.0.0.2090.</summary>
    public static string CustomizationSchemaFolder => Path.Combine(Fixtures, "CustomizationSchema");

    /// <summary>A real solution folder written by pac solution unpack --packagetype Both.</summary>
    public static string PackerOutput => Path.Combine(Fixtures, "PackerOutput", "explicitpluginimpersonation", "src");

    /// <summary>The three XML parts of a real solution zip exported from Dataverse.</summary>
    public static string RealSolutionZipContents => Path.Combine(Fixtures, "SolutionZip", "XML_1_1");

    public static string ProductSolution => Path.Combine(RepositoryRoot, "Solution");
}
