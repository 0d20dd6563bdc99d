using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Worker.Configuration;

namespace SalesGoals.Crm.Worker.Tests.Configuration;

[TestClass]
public sealed class SecretPolicyTests
{
    [TestMethod]
    public void Check_SecretInAppSettings_RefusedNamingTheFileAndTheEnvironmentVariableWithoutTheValue()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "appsettings.json"), """{ "Zoho": { "ClientId": "1000.ABC", "ClientSecret": "zoho-secret-value" } }""");
            var configuration = new ConfigurationBuilder().SetBasePath(folder.FullName).AddJsonFile("appsettings.json").Build();

            var problems = SecretPolicy.Check(configuration);

            Assert.HasCount(1, problems);
            Assert.Contains("Zoho:ClientSecret", problems[0]);
            Assert.Contains("appsettings.json", problems[0]);
            Assert.Contains("Zoho__ClientSecret", problems[0]);
            Assert.DoesNotContain("zoho-secret-value", problems[0]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void Check_SecretsOnTheCommandLine_EachRefused()
    {
        var configuration = new ConfigurationBuilder()
            .AddCommandLine(["--Fenxiang:AppSecret", "abc123", "--ServiceBus:ConnectionString", "Endpoint=sb://x/;SharedAccessKeyName=a;SharedAccessKey=b", "--Worker:PollInterval", "00:00:30"])
            .Build();

        var problems = SecretPolicy.Check(configuration);

        Assert.HasCount(2, problems);
        Assert.IsTrue(System.Linq.Enumerable.All(problems, p => p.Contains("the command line", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void Check_SecretsFromTheEnvironment_Accepted()
    {
        Environment.SetEnvironmentVariable("SGTEST_Dataverse__Auth__ClientSecret", "from-env");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables("SGTEST_").Build();

            Assert.AreEqual("from-env", configuration["Dataverse:Auth:ClientSecret"]);
            Assert.IsEmpty(SecretPolicy.Check(configuration));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SGTEST_Dataverse__Auth__ClientSecret", null);
        }
    }

    [TestMethod]
    [DataRow("Dataverse:Auth:ClientSecret", true)]
    [DataRow("ServiceBus:ConnectionString", true)]
    [DataRow("Zoho:RefreshToken", true)]
    [DataRow("Fenxiang:PermanentCode", true)]
    [DataRow("Salesforce:ApiKey", true)]
    [DataRow("Zoho:ClientId", false)]
    [DataRow("Worker:PollInterval", false)]
    [DataRow("Fenxiang:TokenCallMinInterval", false)]
    public void IsSecret_Key_ToldByItsLastSegment(string key, bool secret)
    {
        Assert.AreEqual(secret, SecretKeys.IsSecret(key));
    }
}
