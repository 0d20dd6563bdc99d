namespace SalesGoals.Crm.Cli.Tests.Support;

/// <summary>What one run of the command line left: exit code, console output, error output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Output}\n--- err ---\n{Error}";
}
