using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Build;

/// <summary>
/// The README's build switch <c>-p:XrmSdkDir=&lt;folder&gt;</c>: the plug-in project must then reference the
/// official assemblies inside that folder, whether or not the folder is written with a trailing slash.
/// </summary>
[TestClass]
public sealed class XrmSdkFolderSwitchTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public async Task Evaluate_XrmSdkDirWithOrWithoutTrailingSlash_ReferencesTheAssembliesInsideTheFolder(bool trailingSlash)
    {
        var folder = Path.Combine(Path.GetTempPath(), "official-xrm-sdk");
        var argument = trailingSlash ? folder + Path.DirectorySeparatorChar : folder;

        using var answer = await MsBuildEvaluation.EvaluateAsync(
            "Plugins/SalesGoals.Crm.Plugins/SalesGoals.Crm.Plugins.csproj",
            ["-p:TargetFramework=net10.0", "-p:XrmSdkDir=" + argument, "-getItem:Reference"],
            TestContext.CancellationToken);

        var hintPaths = answer.RootElement.GetProperty("Items").GetProperty("Reference").EnumerateArray()
            .Where(reference => reference.TryGetProperty("HintPath", out _))
            .Select(reference => reference.GetProperty("HintPath").GetString())
            .ToArray();
        CollectionAssert.AreEquivalent(
            new[] { Path.Combine(folder, "Microsoft.Xrm.Sdk.dll"), Path.Combine(folder, "Microsoft.Crm.Sdk.Proxy.dll") },
            hintPaths);
    }
}
