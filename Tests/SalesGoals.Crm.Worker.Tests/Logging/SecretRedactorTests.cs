using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SalesGoals.Crm.Worker.Logging;

namespace SalesGoals.Crm.Worker.Tests.Logging;

[TestClass]
public sealed class SecretRedactorTests
{
    private static SecretRedactor Redactor() => SecretRedactor.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Zoho:ClientSecret"] = "zoho-client-secret-42",
        ["ServiceBus:ConnectionString"] = "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=worker;SharedAccessKey=c2VjcmV0LWtleQ==",
        ["Zoho:ClientId"] = "1000.PUBLICID",
    }).Build());

    [TestMethod]
    [DataRow("token refresh failed for client_secret=zoho-client-secret-42", "zoho-client-secret-42")]
    [DataRow("key c2VjcmV0LWtleQ== rejected", "c2VjcmV0LWtleQ==")]
    [DataRow("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig", "eyJhbGciOiJIUzI1NiJ9")]
    [DataRow("Authorization: Zoho-oauthtoken 1000.abcdef.123456", "1000.abcdef.123456")]
    [DataRow("{\"corpAccessToken\":\"F8A2B1C3D4\",\"corpId\":\"FSCID_1\"}", "F8A2B1C3D4")]
    [DataRow("SharedAccessSignature sr=sb%3a%2f%2fns&sig=AbCdEf123%3d&se=1&skn=worker", "AbCdEf123")]
    public void Redact_TextWithASecret_SecretMasked(string text, string secret)
    {
        var redacted = Redactor().Redact(text);

        Assert.DoesNotContain(secret, redacted);
        Assert.Contains(SecretRedactor.Mask, redacted);
    }

    [TestMethod]
    public void Redact_NonSecretConfiguration_Kept()
    {
        Assert.AreEqual("client 1000.PUBLICID connected", Redactor().Redact("client 1000.PUBLICID connected"));
    }

    [TestMethod]
    public void Logger_MessageCarryingASecret_WrittenMasked()
    {
        using var output = new StringWriter();
        using (var provider = new RedactingConsoleLoggerProvider(Redactor(), output))
        {
            provider.CreateLogger("Test").LogWarning("Zoho refused client_secret {Secret}", "zoho-client-secret-42");
        }

        Assert.DoesNotContain("zoho-client-secret-42", output.ToString());
        Assert.Contains("warn Test: Zoho refused client_secret ***", output.ToString());
    }
}
