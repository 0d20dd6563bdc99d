using System.Globalization;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Tests.Support;

namespace SalesGoals.Crm.Cli.Tests.Hosting;

[TestClass]
public sealed class CliApplicationTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    [TestMethod]
    public async Task InvokeAsync_Help_ExitCodeZeroAndExplainsExitCodes()
    {
        var run = await CliHarness.RunOfflineAsync(English, "--help");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Exit codes: 0 done, 1 failed, 2 bad input", run.ToString());
        StringAssert.Contains(run.Output, "verify", run.ToString());
    }

    [TestMethod]
    [DataRow("no-such-command")]
    [DataRow("verify", "--no-such-option")]
    [DataRow("--lang", "fr", "verify")]
    public async Task InvokeAsync_BadUsage_ExitCodeTwoWithOneLineNoStackTrace(params string[] args)
    {
        var run = await CliHarness.RunOfflineAsync(English, args);

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        Assert.IsFalse(string.IsNullOrWhiteSpace(run.Error), run.ToString());
        Assert.DoesNotContain("   at ", run.Error, run.ToString());
    }

    [TestMethod]
    public async Task InvokeAsync_ChineseCulture_HelpInChinese()
    {
        var run = await CliHarness.RunOfflineAsync(Chinese, "--help");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "退出码：0 成功，1 失败，2 输入有误", run.ToString());
    }

    [TestMethod]
    public async Task InvokeAsync_LangOptionOverridesCulture_MessagesInThatLanguage()
    {
        var run = await CliHarness.RunOfflineAsync(English, "verify", "--lang", "zh");

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "未配置 Dataverse", run.ToString());
    }

    [TestMethod]
    public async Task InvokeAsync_DataverseNotConfigured_ExitCodeTwoNamingTheSetting()
    {
        var run = await CliHarness.RunOfflineAsync(English, "verify");

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Dataverse:Url", run.ToString());
    }
}
