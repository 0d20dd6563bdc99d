using System;
using System.IO;
using System.Runtime.Serialization.Json;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

[TestClass]
public sealed class SerializationTests
{
    [TestMethod]
    public void WriteObject_EntityInParameters_UsesDataverseTypeHint()
    {
        var context = BuildContext(new Entity("opportunity", Guid.NewGuid()));

        var json = Serialize(context);

        StringAssert.Contains(json, "\"__type\":\"Entity:http:\\/\\/schemas.microsoft.com\\/xrm\\/2011\\/Contracts\"");
        StringAssert.Contains(json, "\"key\":\"Target\"");
    }

    [TestMethod]
    public void ReadObject_SerializedContext_RestoresTypedAttributeValues()
    {
        var id = Guid.NewGuid();
        var owner = new EntityReference("systemuser", Guid.NewGuid());
        var target = new Entity("opportunity", id)
        {
            ["estimatedvalue"] = new Money(99.5m),
            ["statuscode"] = new OptionSetValue(3),
            ["ownerid"] = owner,
            ["name"] = "Deal",
        };

        var restored = Deserialize(Serialize(BuildContext(target)));

        var restoredTarget = (Entity)restored.InputParameters["Target"];
        Assert.AreEqual(id, restoredTarget.Id);
        Assert.AreEqual(new Money(99.5m), restoredTarget["estimatedvalue"]);
        Assert.AreEqual(new OptionSetValue(3), restoredTarget["statuscode"]);
        Assert.AreEqual(owner, restoredTarget["ownerid"]);
        Assert.AreEqual("Deal", restoredTarget["name"]);
        Assert.AreEqual("Update", restored.MessageName);
    }

    private static RemoteExecutionContext BuildContext(Entity target)
    {
        var context = new RemoteExecutionContext { MessageName = "Update", PrimaryEntityName = target.LogicalName, PrimaryEntityId = target.Id };
        context.InputParameters["Target"] = target;
        return context;
    }

    private static string Serialize(RemoteExecutionContext context)
    {
        using var stream = new MemoryStream();
        new DataContractJsonSerializer(typeof(RemoteExecutionContext)).WriteObject(stream, context);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static RemoteExecutionContext Deserialize(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var restored = new DataContractJsonSerializer(typeof(RemoteExecutionContext)).ReadObject(stream) as RemoteExecutionContext;
        Assert.IsNotNull(restored, "the JSON did not read back as a RemoteExecutionContext");
        return restored;
    }
}
