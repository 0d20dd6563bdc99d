namespace SalesGoals.Crm.Worker;

/// <summary>Entry point of the connector worker.</summary>
public static class Program
{
    public static int Main()
    {
        System.Console.WriteLine("SalesGoals.Crm worker: sandbox not wired yet.");
        return 0;
    }
}
