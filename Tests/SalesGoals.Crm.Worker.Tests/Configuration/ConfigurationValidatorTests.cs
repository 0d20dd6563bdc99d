using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using SalesGoals.Crm.Worker.Configuration;

namespace SalesGoals.Crm.Worker.Tests.Configuration;

[TestClass]
public sealed class ConfigurationValidatorTests
{
    private static Dictionary<string, string?> Valid() => new()
    {
        ["Dataverse:Url"] = "https://contoso.crm5.dynamics.com",
        ["Dataverse:Auth:TenantId"] = "6f9619ff-8b86-d011-b42d-00c04fc964ff",
        ["Dataverse:Auth:ClientId"] = "0f8fad5b-d9cb-469f-a165-70867728950e",
        ["Dataverse:Auth:ClientSecret"] = "from-the-environment",
        ["ServiceBus:ConnectionString"] = "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=worker;SharedAccessKey=abc=",
        ["Zoho:ClientId"] = "1000.ABC",
        ["Zoho:ClientSecret"] = "s",
        ["Zoho:RefreshToken"] = "r",
        ["Fenxiang:AppId"] = "FSAID_1",
        ["Fenxiang:AppSecret"] = "s",
        ["Fenxiang:PermanentCode"] = "p",
        ["Fenxiang:ActingUserId"] = "FSUID_1",
    };

    private static IReadOnlyList<string> Validate(Dictionary<string, string?> values) =>
        ConfigurationValidator.Validate(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [TestMethod]
    public void Validate_CompleteConfiguration_HasNoProblem()
    {
        Assert.IsEmpty(Validate(Valid()));
    }

    [TestMethod]
    public void Validate_Empty_ListsEveryMissingKeyAtOnce()
    {
        var problems = Validate([]);

        foreach (var key in new[] { "Dataverse:Url", "Dataverse:Auth:TenantId", "Dataverse:Auth:ClientId", "Dataverse:Auth:ClientSecret", "ServiceBus:ConnectionString", "Zoho:RefreshToken", "Fenxiang:AppSecret" })
        {
            Assert.IsTrue(problems.Any(p => p.StartsWith(key, System.StringComparison.Ordinal)), key);
        }
    }

    [TestMethod]
    [DataRow("Dataverse:Url", "http://contoso.crm5.dynamics.com", "absolute https URL")]
    [DataRow("Dataverse:Auth:Mode", "Password", "Dataverse:Auth:Mode")]
    [DataRow("Dataverse:PageSize", "9000", "Dataverse:PageSize must be 1 to 5000")]
    [DataRow("ServiceBus:ConnectionString", "SharedAccessKey=abc", "not a Service Bus connection string")]
    [DataRow("Worker:Systems", "Zoho,Salesforce", "unknown system 'Salesforce'")]
    [DataRow("Worker:PollInterval", "00:00:01", "at least 00:00:10")]
    [DataRow("Worker:SweepTime", "25:00", "time of day")]
    [DataRow("Worker:TimeZone", "Mars/Olympus_Mons", "not a time zone id")]
    [DataRow("Worker:HealthFile", "/no/such/folder/health.json", "its folder does not exist")]
    [DataRow("Dataverse:Url", "http://192.0.2.10:5000", "http only on loopback")]
    public void Validate_BadValue_SaysWhatIsWrong(string key, string value, string expected)
    {
        var values = Valid();
        values[key] = value;

        var problems = Validate(values);

        Assert.HasCount(1, problems);
        Assert.Contains(expected, problems[0]);
    }

    [TestMethod]
    public void Validate_MissingSecret_NamesTheEnvironmentVariableWithoutEchoingValues()
    {
        var values = Valid();
        values.Remove("Zoho:ClientSecret");

        var problem = Validate(values).Single();

        Assert.Contains("Zoho__ClientSecret", problem);
        Assert.DoesNotContain("from-the-environment", problem);
    }

    [TestMethod]
    public void Validate_OnlyFenxiangSynced_DoesNotRequireZohoKeys()
    {
        var values = Valid();
        values["Worker:Systems"] = "Fenxiang";
        values.Remove("Zoho:ClientId");
        values.Remove("Zoho:RefreshToken");

        Assert.IsEmpty(Validate(values));
    }

    [TestMethod]
    public void Validate_ManagedIdentity_NeedsNoTenantNorSecret()
    {
        var values = Valid();
        values["Dataverse:Auth:Mode"] = "ManagedIdentity";
        values.Remove("Dataverse:Auth:TenantId");
        values.Remove("Dataverse:Auth:ClientId");
        values.Remove("Dataverse:Auth:ClientSecret");

        Assert.IsEmpty(Validate(values));
    }

    [TestMethod]
    public void Validate_DataverseMissingSecret_NamesTheEnvironmentVariable()
    {
        var values = Valid();
        values.Remove("Dataverse:Auth:ClientSecret");

        var problem = Validate(values).Single();

        Assert.Contains("Dataverse__Auth__ClientSecret", problem);
    }

    [TestMethod]
    public void Validate_HttpOnLoopback_AcceptedForTheSandboxsLocalWebApi()
    {
        var values = Valid();
        values["Dataverse:Url"] = "http://127.0.0.1:5081";

        Assert.IsEmpty(Validate(values));
    }
}
