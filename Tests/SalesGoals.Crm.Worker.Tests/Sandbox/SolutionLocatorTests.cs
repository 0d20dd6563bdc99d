using System.IO;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Worker.Tests.Sandbox;

[TestClass]
public sealed class SolutionLocatorTests
{
    [TestMethod]
    public void Locate_FromADeepFolderOfTheRepository_FindsSolutionNextToTheSln()
    {
        var folder = SolutionLocator.Locate(null, System.AppContext.BaseDirectory);

        Assert.IsTrue(File.Exists(Path.Combine(folder, "..", SolutionLocator.SolutionFile)));
        Assert.AreEqual("Solution", Path.GetFileName(folder));
    }

    [TestMethod]
    public void Locate_OutsideAnyRepository_ThrowsAskingForSolution()
    {
        var exception = Assert.ThrowsExactly<DirectoryNotFoundException>(() => SolutionLocator.Locate(null, Path.GetTempPath()));

        Assert.Contains("--solution", exception.Message);
    }

    [TestMethod]
    public void Locate_ExplicitFolderThatIsNoSolution_Throws()
    {
        var exception = Assert.ThrowsExactly<DirectoryNotFoundException>(() => SolutionLocator.Locate(Path.GetTempPath()));

        Assert.Contains("not an unpacked solution folder", exception.Message);
    }
}
