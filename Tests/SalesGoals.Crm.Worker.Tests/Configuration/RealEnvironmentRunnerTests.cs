using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Worker.Configuration;

namespace SalesGoals.Crm.Worker.Tests.Configuration;

[TestClass]
public sealed class RealEnvironmentRunnerTests
{
    [TestMethod]
    public void Run_InvalidConfiguration_ReturnsTwoAndListsProblems()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = RealEnvironmentRunner.Run(new ConfigurationBuilder().Build(), output, error);

        Assert.AreEqual(RealEnvironmentRunner.InvalidConfiguration, exit);
        Assert.Contains("Dataverse:Url is required", error.ToString());
    }

    [TestMethod]
    public void Run_ValidConfiguration_RefusesHonestlyListingWhatIsNotSupported()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = "https://contoso.crm5.dynamics.com",
            ["Dataverse:TenantId"] = "6f9619ff-8b86-d011-b42d-00c04fc964ff",
            ["Dataverse:ClientId"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
            ["Dataverse:ClientSecret"] = "x",
            ["ServiceBus:ConnectionString"] = "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=w;SharedAccessKey=abc=",
            ["Worker:Systems"] = "Zoho",
            ["Zoho:ClientId"] = "1000.ABC",
            ["Zoho:ClientSecret"] = "s",
            ["Zoho:RefreshToken"] = "r",
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = RealEnvironmentRunner.Run(configuration, output, error);

        Assert.AreEqual(RealEnvironmentRunner.NotSupported, exit);
        Assert.Contains("Web API", error.ToString());
    }
}
