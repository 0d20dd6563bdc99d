using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Reporting.Tests.Support;
using Spectre.Console;

namespace SalesGoals.Crm.Reporting.Tests.Cli;

/// <summary>The CLI's <c>report</c> command as a user runs it: exit code, the table it prints, the files it writes.</summary>
[TestClass]
public sealed class ReportCommandTests
{
    [TestMethod]
    public async Task Report_WeeklyInChineseWithOut_PrintsTheTableAndWritesFourFiles()
    {
        await using var world = await DataverseWorld.StartAsync();
        world.Win(world.LiNa, "Tongji hospital", 650_000m, new DateTime(2026, 1, 20));
        var folder = Path.Combine(Path.GetTempPath(), "sg-cli-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output, error) = await RunAsync(world, "report", "weekly", "--as-of", "2026-02-15", "--out", folder, "--lang", "zh");

            Assert.AreEqual(0, code, error);
            StringAssert.Contains(output, "销售目标周报 2026-W07");
            StringAssert.Contains(output, "预警");
            StringAssert.Contains(output, "28.26");
            foreach (var file in new[] { "report.xlsx", "report.csv", "attainment.png", "pace.png" })
            {
                Assert.IsTrue(new FileInfo(Path.Combine(folder, file)).Length > 0, file);
            }

            var sheet = XlsxSheet.Open(await File.ReadAllBytesAsync(Path.Combine(folder, "report.xlsx")), "报表");
            Assert.AreEqual(850_000m, sheet.Number(sheet.Column("应完成进度") + sheet.Row("B", "李娜 Q1 2026")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [TestMethod]
    [DataRow("0001-01-01")]
    [DataRow("2026-13-01")]
    [DataRow("yesterday")]
    public async Task Report_BadAsOf_OneLineAndExitCode2(string asOf)
    {
        await using var world = await DataverseWorld.StartAsync();

        var (code, _, error) = await RunAsync(world, "report", "monthly", "--as-of", asOf);

        Assert.AreEqual(2, code);
        StringAssert.Contains(error, $"--as-of '{asOf}'");
        Assert.DoesNotContain(" at ", error, "no stack trace");
    }

    [TestMethod]
    public async Task ReportAlerts_AtRiskRep_DeliversAndSaysSo()
    {
        await using var world = await DataverseWorld.StartAsync();
        world.Win(world.LiNa, "Tongji hospital", 650_000m, new DateTime(2026, 1, 20));
        world.Win(world.WangFang, "Hangzhou mall", 700_000m, new DateTime(2026, 2, 3));

        var (code, output, error) = await RunAsync(world, "report", "alerts");
        var (again, second, _) = await RunAsync(world, "report", "alerts");

        Assert.AreEqual(0, code, error);
        StringAssert.Contains(output, "2 alert notice(s): 3 in-app notification(s), 0 Teams message(s)");
        Assert.AreEqual(0, again);
        StringAssert.Contains(second, "0 alert notice(s)");
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(DataverseWorld world, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 250;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var code = await CliApplication.InvokeAsync(args, new CliSettings
        {
            Console = console,
            Error = error,
            Configuration = new ConfigurationBuilder().Build(),
            Dataverse = new DataverseWebApiOptions { Url = world.Api.Url, Credential = world.Api.CreateCredential(), RetryBaseDelay = TimeSpan.FromMilliseconds(50) },
            Culture = CultureInfo.GetCultureInfo("en-US"),
            Time = world.Clock,
        }, timeout.Token);
        return (code, output.ToString(), error.ToString());
    }
}
