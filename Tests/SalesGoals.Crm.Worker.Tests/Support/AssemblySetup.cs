using System.Threading.Tasks;

namespace SalesGoals.Crm.Worker.Tests.Support;

[TestClass]
public static class AssemblySetup
{
    [AssemblyCleanup]
    public static Task StopSandboxAsync() => SharedSandbox.StopAsync();
}
