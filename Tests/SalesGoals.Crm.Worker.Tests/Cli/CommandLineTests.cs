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
    public void Parse_BadArguments_ThrowsSayingWhatIsWrong(string[] args, string expected)
    {
        var exception = Assert.ThrowsExactly<CommandLineException>(() => CommandLine.Parse(args));

        Assert.Contains(expected, exception.Message);
    }
}
