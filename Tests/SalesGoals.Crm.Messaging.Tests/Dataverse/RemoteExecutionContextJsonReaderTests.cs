using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SalesGoals.Crm.Messaging.Dataverse;

namespace SalesGoals.Crm.Messaging.Tests.Dataverse;

[TestClass]
public sealed class RemoteExecutionContextJsonReaderTests
{
    private static readonly Guid OpportunityId = Guid.Parse("0c1a4f7e-96a2-4a67-8f3b-1d2e3f405162");

    internal static byte[] Sample() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Dataverse", "Samples", "opportunity-update.json"));

    [TestMethod]
    public void Read_ServiceBusSample_ReadsMessageEntityAndExecutionFields()
    {
        RemoteContext context = RemoteExecutionContextJsonReader.Read(Sample());

        Assert.AreEqual("Update", context.MessageName);
        Assert.AreEqual("opportunity", context.PrimaryEntityName);
        Assert.AreEqual(OpportunityId, context.PrimaryEntityId);
        Assert.AreEqual(40, context.Stage);
        Assert.AreEqual(1, context.Mode);
        Assert.AreEqual(1, context.Depth);
        Assert.AreEqual(Guid.Parse("75c2dd1f-ab3d-e711-8135-e0071b6ac141"), context.UserId);
        Assert.AreEqual(Guid.Parse("7a4b8c71-3c5e-4bd0-9a56-6e1b8f0e2c11"), context.CorrelationId);
        Assert.AreEqual("contoso", context.OrganizationName);
        Assert.AreEqual(Guid.Parse("b2fd53d4-7a3d-e711-8135-e0071b6ac141"), context.OrganizationId);
        Assert.IsNull(context.RequestId);
        Assert.AreEqual(DateTimeOffset.FromUnixTimeMilliseconds(1506384251000), context.OperationCreatedOn);
    }

    [TestMethod]
    public void Read_ServiceBusSample_TypesTheTargetAttributes()
    {
        RemoteContext context = RemoteExecutionContextJsonReader.Read(Sample());
        DataverseEntity target = context.TargetEntity!;

        Assert.AreEqual("opportunity", target.LogicalName);
        Assert.AreEqual(OpportunityId, target.Id);
        Assert.AreEqual("Contoso fleet renewal", target.Attributes["name"]);
        Assert.AreEqual(new DataverseMoney(125000.50m), target.Attributes["estimatedvalue"]);
        Assert.AreEqual(new DataverseOptionSetValue(1), target.Attributes["statuscode"]);
        Assert.AreEqual(new DataverseEntityReference("systemuser", Guid.Parse("75c2dd1f-ab3d-e711-8135-e0071b6ac141"), "Wei Zhang"), target.Attributes["ownerid"]);
        Assert.AreEqual(DateTimeOffset.FromUnixTimeMilliseconds(1506384247000), target.Attributes["estimatedclosedate"]);
        Assert.AreEqual(TimeSpan.FromHours(8), ((DateTimeOffset)target.Attributes["actualclosedate"]!).Offset);
        Assert.AreEqual(70, target.Attributes["closeprobability"]);
        Assert.AreEqual("¥125,000.50", target.FormattedValues["estimatedvalue"]);
        Assert.AreEqual(false, context.InputParameters["SuppressDuplicateDetection"]);
    }

    [TestMethod]
    public void Read_ServiceBusSample_ReadsImagesSharedVariablesAndParent()
    {
        RemoteContext context = RemoteExecutionContextJsonReader.Read(Sample());

        Assert.AreEqual(new DataverseMoney(98000m), context.PreEntityImages["PreImage"].Attributes["estimatedvalue"]);
        Assert.AreEqual(new DataverseEntityReference("account", Guid.Parse("a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d"), "Contoso"),
            context.PreEntityImages["PreImage"].Attributes["parentaccountid"]);
        Assert.AreEqual(new DataverseOptionSetValue(0), context.PostEntityImages["PostImage"].Attributes["statecode"]);
        Assert.AreEqual(true, context.SharedVariables["IsAutoTransact"]);
        Assert.AreEqual("goal-sync", context.SharedVariables["salesgoals_trace"]);
        Assert.IsNotNull(context.ParentContext);
        Assert.AreEqual(30, context.ParentContext.Stage);
        Assert.IsTrue(context.ParentContext.IsInTransaction);
        Assert.AreEqual(Guid.Parse("d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6"), context.ParentContext.RequestId);
        Assert.IsNull(context.ParentContext.ParentContext);
    }

    [TestMethod]
    public void Read_WinWithOpportunityCloseAndStatus_ReadsTheNestedEntity()
    {
        const string json = """
            {"MessageName":"Win","PrimaryEntityName":"opportunity","PrimaryEntityId":"0c1a4f7e-96a2-4a67-8f3b-1d2e3f405162","Stage":40,"Mode":1,"Depth":1,
             "InputParameters":[
               {"key":"OpportunityClose","value":{"__type":"Entity:http://schemas.microsoft.com/xrm/2011/Contracts","Attributes":[
                 {"key":"opportunityid","value":{"__type":"EntityReference:http://schemas.microsoft.com/xrm/2011/Contracts","Id":"0c1a4f7e-96a2-4a67-8f3b-1d2e3f405162","LogicalName":"opportunity","Name":null}},
                 {"key":"actualrevenue","value":{"__type":"Money:http://schemas.microsoft.com/xrm/2011/Contracts","Value":5000}},
                 {"key":"actualend","value":"\/Date(1700000000000-0500)\/"}],
                 "Id":"00000000-0000-0000-0000-000000000000","LogicalName":"opportunityclose"}},
               {"key":"Status","value":{"__type":"OptionSetValue:http://schemas.microsoft.com/xrm/2011/Contracts","Value":3}}],
             "OutputParameters":[],"PreEntityImages":[],"PostEntityImages":[],"SharedVariables":[]}
            """;

        RemoteContext context = RemoteExecutionContextJsonReader.Read(Encoding.UTF8.GetBytes(json));
        var close = (DataverseEntity)context.InputParameters["OpportunityClose"]!;

        Assert.AreEqual("opportunityclose", close.LogicalName);
        Assert.AreEqual(new DataverseMoney(5000m), close.Attributes["actualrevenue"]);
        Assert.AreEqual(TimeSpan.FromHours(-5), ((DateTimeOffset)close.Attributes["actualend"]!).Offset);
        Assert.AreEqual(new DataverseOptionSetValue(3), context.InputParameters["Status"]);
        Assert.IsEmpty(context.PreEntityImages);
        Assert.IsNull(context.TargetEntity);
    }

    [TestMethod]
    [DataRow("{}", "MessageName is missing")]
    [DataRow("[1,2]", "must be a JSON object")]
    [DataRow("{\"MessageName\":\"Create\"", "not valid JSON")]
    [DataRow("{\"MessageName\":\"Create\",\"PrimaryEntityName\":\"account\",\"InputParameters\":{}}", "list of key/value pairs")]
    [DataRow("{\"MessageName\":\"Create\",\"PrimaryEntityName\":\"account\",\"UserId\":\"not-a-guid\"}", "UserId is not a GUID")]
    [DataRow("{\"MessageName\":\"Create\",\"PrimaryEntityName\":\"account\",\"InputParameters\":[{\"key\":\"x\",\"value\":{\"__type\":\"Blob:http://x\"}}]}", "'Blob' is not understood")]
    public void Read_MalformedContext_ThrowsWithWhereItWentWrong(string json, string expected)
    {
        DataverseFormatException error = Assert.ThrowsExactly<DataverseFormatException>(() => RemoteExecutionContextJsonReader.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(expected, error.Message);
    }

    [TestMethod]
    [DataRow("/Date(-62135596800000+0000)/")]
    [DataRow("/Date(-62135596800000)/")]
    public void Read_OperationCreatedOnIsDateTimeMinValue_TreatsItAsAbsent(string minValue)
    {
        string json = $$"""{"MessageName":"Create","PrimaryEntityName":"account","OperationCreatedOn":"{{minValue.Replace("/", "\\/", StringComparison.Ordinal)}}"}""";

        RemoteContext context = RemoteExecutionContextJsonReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.IsNull(context.OperationCreatedOn);
    }

    [TestMethod]
    [DataRow("/Date(1506384247000)/", 1506384247000L, 0)]
    [DataRow("/Date(1506384247000+0800)/", 1506384247000L, 480)]
    [DataRow("/Date(1506384247000-0330)/", 1506384247000L, -210)]
    [DataRow("/Date(-62135596800000)/", -62135596800000L, 0)]
    public void TryParse_WcfDate_ReadsInstantAndOffset(string text, long unixMilliseconds, int offsetMinutes)
    {
        bool parsed = WcfJsonDate.TryParse(text, out DateTimeOffset value);

        Assert.IsTrue(parsed);
        Assert.AreEqual(unixMilliseconds, value.ToUnixTimeMilliseconds());
        Assert.AreEqual(TimeSpan.FromMinutes(offsetMinutes), value.Offset);
    }

    [TestMethod]
    [DataRow("2017-09-26T00:00:00Z")]
    [DataRow("/Date(abc)/")]
    [DataRow("/Date(1506384247000+08)/")]
    public void TryParse_NotAWcfDate_ReturnsFalse(string text)
    {
        Assert.IsFalse(WcfJsonDate.TryParse(text, out _));
    }

    [TestMethod]
    public void Read_EntityCollectionParameter_ReadsEntities()
    {
        const string json = """
            {"MessageName":"RetrieveMultiple","PrimaryEntityName":"account","InputParameters":[
              {"key":"Accounts","value":{"__type":"EntityCollection:http://schemas.microsoft.com/xrm/2011/Contracts","EntityName":"account","Entities":[
                {"Attributes":[{"key":"name","value":"A"}],"Id":"a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d","LogicalName":"account"}]}}]}
            """;

        RemoteContext context = RemoteExecutionContextJsonReader.Read(Encoding.UTF8.GetBytes(json));
        var collection = (DataverseEntityCollection)context.InputParameters["Accounts"]!;

        Assert.AreEqual("account", collection.EntityName);
        Assert.HasCount(1, collection.Entities);
        Assert.AreEqual("A", collection.Entities[0].Attributes["name"]);
        Assert.IsInstanceOfType<IReadOnlyDictionary<string, object?>>(context.OutputParameters);
    }
}
