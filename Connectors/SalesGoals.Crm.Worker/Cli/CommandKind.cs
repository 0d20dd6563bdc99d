namespace SalesGoals.Crm.Worker.Cli;

public enum CommandKind
{
    Sandbox = 0,
    Run = 1,
    Help = 2,
}
