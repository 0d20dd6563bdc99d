using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using System.Xml.Linq;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Build;

/// <summary>
/// Every test project runs with the repository's run settings, which bound each test (and the whole
/// session), so a hang fails its test within minutes instead of running into CI's 90-minute limit.
/// </summary>
[TestClass]
public sealed class TestRunSettingsTests
{
    private const int CiLimitMilliseconds = 90 * 60 * 1000;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("Tests/SalesGoals.Crm.Plugins.Tests/SalesGoals.Crm.Plugins.Tests.csproj")]
    [DataRow("Tests/SalesGoals.Crm.Messaging.Tests/SalesGoals.Crm.Messaging.Tests.csproj")]
    public async Task Evaluate_TestProject_RunsWithADefaultTimeoutPerTestAndPerSession(string project)
    {
        // Two properties, so that MSBuild answers in JSON.
        using var answer = await MsBuildEvaluation.EvaluateAsync(project, ["-getProperty:RunSettingsFilePath", "-getProperty:IsTestProject"], TestContext.CancellationToken);
        var path = answer.RootElement.GetProperty("Properties").GetProperty("RunSettingsFilePath").GetString();

        Assert.IsFalse(string.IsNullOrEmpty(path), project + " has no run settings.");
        var settings = XDocument.Load(path);
        var perTest = Milliseconds(settings.Root!.Element("MSTest")?.Element("TestTimeout"));
        var perSession = Milliseconds(settings.Root.Element("RunConfiguration")?.Element("TestSessionTimeout"));
        Assert.IsTrue(perTest is > 0 and <= 10 * 60 * 1000, $"MSTest TestTimeout {perTest} ms");
        Assert.IsTrue(perSession is > 0 and < CiLimitMilliseconds, $"TestSessionTimeout {perSession} ms");
        Assert.AreEqual(Path.GetFullPath(Path.Combine(MsBuildEvaluation.RepositoryRoot, "test.runsettings")), Path.GetFullPath(path));
    }

    private static int Milliseconds(XElement? element) =>
        element is null ? 0 : int.Parse(element.Value, CultureInfo.InvariantCulture);
}
