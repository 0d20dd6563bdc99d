namespace SalesGoals.Crm.Sandbox.Cli;

public enum CommandKind
{
    Sandbox = 0,
    Help = 1,
}
