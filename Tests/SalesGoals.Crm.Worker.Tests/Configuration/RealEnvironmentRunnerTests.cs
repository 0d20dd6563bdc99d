using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Worker.Configuration;

namespace SalesGoals.Crm.Worker.Tests.Configuration;

[TestClass]
public sealed class RealEnvironmentRunnerTests
{
    private static readonly string[] ValidArguments =
    [
        "--Dataverse:Url", "https://contoso.crm5.dynamics.com",
        "--Dataverse:Auth:TenantId", "6f9619ff-8b86-d011-b42d-00c04fc964ff",
        "--Dataverse:Auth:ClientId", "0f8fad5b-d9cb-469f-a165-70867728950e",
        "--Worker:Systems", "Zoho",
        "--Zoho:ClientId", "1000.ABC",
    ];

    private static readonly Dictionary<string, string> Secrets = new()
    {
        ["Dataverse__Auth__ClientSecret"] = "dataverse-secret",
        ["ServiceBus__ConnectionString"] = "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=w;SharedAccessKey=abc=",
        ["Zoho__ClientSecret"] = "zoho-secret",
        ["Zoho__RefreshToken"] = "zoho-refresh",
    };

    [TestMethod]
    public async Task Run_NothingConfigured_ReturnsTwoAndListsEveryProblem()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RealEnvironmentRunner.RunAsync([], output, error, CancellationToken.None);

        Assert.AreEqual(RealEnvironmentRunner.InvalidConfiguration, exit);
        Assert.Contains("Dataverse:Url is required", error.ToString());
        Assert.Contains("ServiceBus:ConnectionString is required", error.ToString());
    }

    [TestMethod]
    public async Task Run_SecretOnTheCommandLine_RefusedWithoutEchoingIt()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        await WithSecretsAsync(async () =>
        {
            var exit = await RealEnvironmentRunner.RunAsync([.. ValidArguments, "--Zoho:ClientSecret", "typed-in-the-shell"], output, error, CancellationToken.None);

            Assert.AreEqual(RealEnvironmentRunner.InvalidConfiguration, exit);
        });

        Assert.Contains("Zoho:ClientSecret is a secret and is set in the command line", error.ToString());
        Assert.DoesNotContain("typed-in-the-shell", error.ToString());
    }

    // Secrets come from the environment, as in a deployment; removed again afterwards.
    private static async Task WithSecretsAsync(Func<Task> action)
    {
        foreach (var (name, value) in Secrets)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        try
        {
            await action();
        }
        finally
        {
            foreach (var name in Secrets.Keys)
            {
                Environment.SetEnvironmentVariable(name, null);
            }
        }
    }
}
