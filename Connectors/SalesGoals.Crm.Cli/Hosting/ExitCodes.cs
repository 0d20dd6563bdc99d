namespace SalesGoals.Crm.Cli.Hosting;

/// <summary>What every command returns (also printed by <c>--help</c>).</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The command ran but failed (a connection refused, Dataverse refused a write, problems found by verify).</summary>
    public const int Failure = 1;

    /// <summary>Bad input: an unknown command or option, a bad value, a missing or invalid file, missing configuration.</summary>
    public const int BadInput = 2;
}
