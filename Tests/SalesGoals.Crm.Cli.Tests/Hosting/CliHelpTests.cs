using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Localization;
using SalesGoals.Crm.Cli.Tests.Support;

namespace SalesGoals.Crm.Cli.Tests.Hosting;

/// <summary><c>--help</c> on every command and subcommand, in both languages: each option and argument explained, and the exit codes.</summary>
[TestClass]
public sealed class CliHelpTests
{
    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    [DataRow("en-US", "Exit codes: 0 done, 1 failed, 2 bad input")]
    [DataRow("zh-CN", "退出码：0 成功，1 失败，2 输入有误")]
    public async Task Help_EveryCommandAndSubcommand_ExplainsEachOptionArgumentAndExitCodes(string culture, string exitCodes)
    {
        var language = culture.StartsWith("zh", System.StringComparison.Ordinal) ? CliLanguage.Chinese : CliLanguage.English;
        var settings = new CliSettings { Configuration = new ConfigurationBuilder().Build() };
        await using var connections = new CliConnections(settings.Configuration, settings, language);
        var root = CliApplication.BuildRoot(new CliContext(language, Spectre.Console.AnsiConsole.Console, System.IO.TextWriter.Null, settings.Configuration, connections, System.TimeProvider.System));
        var commands = Walk(root, []).ToList();
        Assert.IsGreaterThanOrEqualTo(15, commands.Count, "plan, report, mappings, dlq, verify and their subcommands");

        foreach (var (command, path) in commands)
        {
            var run = await CliHarness.RunOfflineAsync(CultureInfo.GetCultureInfo(culture), [.. path, "--help"]);

            var name = string.Join(" ", path);
            Assert.AreEqual(ExitCodes.Ok, run.ExitCode, name + ": " + run);
            StringAssert.Contains(run.Output, exitCodes, name);
            foreach (var option in command.Options.Where(o => !o.Hidden && o.Name is not ("--help" or "-h" or "--version")))
            {
                Assert.IsFalse(string.IsNullOrWhiteSpace(option.Description), $"{name} {option.Name} has no description");
                StringAssert.Contains(run.Output, option.Name, name);
            }

            foreach (var argument in command.Arguments)
            {
                Assert.IsFalse(string.IsNullOrWhiteSpace(argument.Description), $"{name} {argument.Name} has no description");
            }
        }
    }

    private static IEnumerable<(Command Command, string[] Path)> Walk(Command command, string[] path)
    {
        foreach (var child in command.Subcommands)
        {
            string[] childPath = [.. path, child.Name];
            yield return (child, childPath);
            foreach (var descendant in Walk(child, childPath))
            {
                yield return descendant;
            }
        }
    }
}
