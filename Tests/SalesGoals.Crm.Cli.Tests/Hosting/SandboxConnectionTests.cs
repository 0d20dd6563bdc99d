using System.Collections.Generic;
using System.IO;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Sandbox;

namespace SalesGoals.Crm.Cli.Tests.Hosting;

/// <summary>The file a running sandbox leaves for the command line (its default connection when nothing else is configured).</summary>
[TestClass]
public sealed class SandboxConnectionTests
{
    [TestMethod]
    public void DefaultPath_SandboxAndCommandLine_SameFile()
    {
        Assert.AreEqual(RunEnvironment.ConnectionFile, SandboxConnection.DefaultPath);
    }

    [TestMethod]
    public void TryLoad_FileWrittenBySandbox_ConfigurationKeysAndIdentityVariables()
    {
        var path = Path.Combine(Path.GetTempPath(), "sg-sandbox-test-" + System.Guid.NewGuid().ToString("N"), "connection.json");
        RunEnvironment.WriteConnectionFile(new Dictionary<string, string>
        {
            ["Dataverse__Url"] = "http://127.0.0.1:5999/",
            ["Dataverse__Auth__Mode"] = "ManagedIdentity",
            ["IDENTITY_ENDPOINT"] = "http://127.0.0.1:5999/msi/token",
            ["ServiceBus__QueueName"] = "salesgoals-run",
        }, path);

        try
        {
            var loaded = SandboxConnection.TryLoad(path);

            Assert.IsNotNull(loaded);
            Assert.AreEqual("http://127.0.0.1:5999/", loaded.Value.Settings["Dataverse:Url"]);
            Assert.AreEqual("ManagedIdentity", loaded.Value.Settings["Dataverse:Auth:Mode"]);
            Assert.AreEqual("salesgoals-run", loaded.Value.Settings["ServiceBus:QueueName"]);
            Assert.AreEqual("http://127.0.0.1:5999/msi/token", loaded.Value.Environment["IDENTITY_ENDPOINT"]);
            Assert.IsFalse(loaded.Value.Settings.ContainsKey("IDENTITY_ENDPOINT"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("not json")]
    [DataRow("{\"ServiceBus__QueueName\":\"q\"}")]
    public void TryLoad_NoFileOrNoDataverse_Null(string? content)
    {
        var path = Path.Combine(Path.GetTempPath(), "sg-sandbox-test-" + System.Guid.NewGuid().ToString("N") + ".json");
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        try
        {
            Assert.IsNull(SandboxConnection.TryLoad(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
