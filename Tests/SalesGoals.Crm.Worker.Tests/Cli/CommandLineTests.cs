using System;
using SalesGoals.Crm.Sandbox.Cli;

namespace SalesGoals.Crm.Worker.Tests.Cli;

[TestClass]
public sealed class CommandLineTests
{
    [TestMethod]
    public void Parse_SandboxWithEveryOption_ReadsThem()
    {
        var command = CommandLine.Parse(["sandbox", "--solution", "Solution", "--as-of", "2026-03-31", "--cycles", "3", "--keep-running"]);

        Assert.AreEqual(CommandKind.Sandbox, command.Kind);
        Assert.AreEqual("Solution", command.SolutionFolder);
        Assert.AreEqual(new DateOnly(2026, 3, 31), command.AsOf);
        Assert.AreEqual(3, command.Cycles);
        Assert.IsTrue(command.KeepRunning);
    }

    [TestMethod]
    public void Parse_OptionsWithoutTheCommand_AreTheSandboxs()
    {
        var command = CommandLine.Parse(["--keep-running", "--cycles", "2"]);

        Assert.AreEqual(CommandKind.Sandbox, command.Kind);
        Assert.AreEqual(2, command.Cycles);
        Assert.IsTrue(command.KeepRunning);
    }

    [TestMethod]
    public void Parse_NoArguments_RunsTheSandboxOnce()
    {
        var command = CommandLine.Parse([]);

        Assert.AreEqual(CommandKind.Sandbox, command.Kind);
        Assert.AreEqual(1, command.Cycles);
        Assert.IsFalse(command.KeepRunning);
    }

    [TestMethod]
    [DataRow(new[] { "sandbox", "--as-of", "31/03/2026" }, "yyyy-MM-dd")]
    [DataRow(new[] { "sandbox", "--cycles", "0" }, "1 to 1000")]
    [DataRow(new[] { "sandbox", "--cycles" }, "needs a value")]
    [DataRow(new[] { "sandbox", "--fast" }, "Unknown sandbox option '--fast'")]
    [DataRow(new[] { "--fast" }, "Unknown sandbox option '--fast'")]
    [DataRow(new[] { "deploy" }, "Unknown command 'deploy'")]
    [DataRow(new[] { "--deals-week", "2026-48" }, "yyyy-Www")]
    [DataRow(new[] { "--deals-week", "2026-W54" }, "yyyy-Www")]
    [DataRow(new[] { "--deals-week", "2026-W48", "--as-of", "2026-11-26" }, "before the end of --deals-week 2026-W48 (2026-11-27)")]
    public void Parse_BadArguments_ThrowsSayingWhatIsWrong(string[] args, string expected)
    {
        var exception = Assert.ThrowsExactly<CommandLineException>(() => CommandLine.Parse(args));

        Assert.Contains(expected, exception.Message);
    }

    [TestMethod]
    [DataRow("2026-W48", null, "2026-11-23", "2026-11-27")]
    [DataRow("2026-w01", null, "2025-12-29", "2026-01-02")]
    [DataRow("2026-W48", "2026-12-15", "2026-11-23", "2026-12-15")]
    public void Parse_DealsWeek_MondayOfTheIsoWeekAndAsOfItsFridayUnlessLater(string week, string? asOf, string monday, string today)
    {
        string[] args = asOf is null ? ["--deals-week", week] : ["--deals-week", week, "--as-of", asOf];

        var command = CommandLine.Parse(args);

        Assert.AreEqual(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), command.DealsWeek);
        Assert.AreEqual(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), command.AsOf);
    }
}
