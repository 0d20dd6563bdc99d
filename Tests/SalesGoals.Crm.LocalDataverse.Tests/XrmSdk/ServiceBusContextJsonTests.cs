using System;
using System.IO;
using System.Runtime.Serialization.Json;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

[TestClass]
public sealed class ServiceBusContextJsonTests
{
    // Shaped like the JSON body Dataverse posts to Service Bus for a post-operation Win step,
    // including members newer than this SDK version (they must be ignored, not fail).
    private const string PostedContext = """
        {"BusinessUnitId":"1b6f8f5c-2f3a-4f0e-9d7e-0a1b2c3d4e5f","CorrelationId":"0f8fad5b-d9cb-469f-a165-70867728950e",
         "Depth":1,"InitiatingUserAzureActiveDirectoryObjectId":"00000000-0000-0000-0000-000000000000",
         "InitiatingUserId":"7c9e6679-7425-40de-944b-e07fc1f90ae7",
         "InputParameters":[{"key":"OpportunityClose","value":{"__type":"Entity:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts",
            "Attributes":[{"key":"opportunityid","value":{"__type":"EntityReference:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts","Id":"a1b2c3d4-0000-0000-0000-000000000001","KeyAttributes":[],"LogicalName":"opportunity","Name":null,"RowVersion":null}},
                           {"key":"actualrevenue","value":{"__type":"Money:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts","Value":125000.50}},
                           {"key":"actualend","value":"\/Date(1767225600000)\/"},
                           {"key":"subject","value":"Won: framework deal"}],
            "EntityState":null,"FormattedValues":[],"Id":"00000000-0000-0000-0000-000000000000","KeyAttributes":[],"LogicalName":"opportunityclose","RelatedEntities":[],"RowVersion":null}},
           {"key":"Status","value":{"__type":"OptionSetValue:http:\/\/schemas.microsoft.com\/xrm\/2011\/Contracts","Value":3}}],
         "IsExecutingOffline":false,"IsInTransaction":false,"IsOfflinePlayback":false,"IsolationMode":2,"MessageName":"Win","Mode":1,
         "OperationCreatedOn":"\/Date(1767225600000+0000)\/","OperationId":"3f2504e0-4f89-11d3-9a0c-0305e82c3301",
         "OrganizationId":"9a7b3c1d-1111-2222-3333-444455556666","OrganizationName":"contoso","OutputParameters":[],
         "OwningExtension":{"Id":"5d2c1b0a-aaaa-bbbb-cccc-ddddeeeeffff","KeyAttributes":[],"LogicalName":"sdkmessageprocessingstep","Name":"Win to Service Bus","RowVersion":null},
         "ParentContext":null,"PostEntityImages":[],"PreEntityImages":[],
         "PrimaryEntityId":"a1b2c3d4-0000-0000-0000-000000000001","PrimaryEntityName":"opportunity","RequestId":"c56a4180-65aa-42ec-a945-5fd21dec0538",
         "SecondaryEntityName":"none","SharedVariables":[{"key":"IsAutoTransact","value":true}],"Stage":40,
         "UserAzureActiveDirectoryObjectId":"00000000-0000-0000-0000-000000000000","UserId":"7c9e6679-7425-40de-944b-e07fc1f90ae7",
         "IsPortalsClientCall":false,"PortalsContactId":"00000000-0000-0000-0000-000000000000"}
        """;

    [TestMethod]
    public void ReadObject_PostedWinContext_ExposesMessageParametersAndTypedValues()
    {
        var context = Read(PostedContext);

        Assert.AreEqual("Win", context.MessageName);
        Assert.AreEqual(40, context.Stage);
        Assert.AreEqual(new Guid("a1b2c3d4-0000-0000-0000-000000000001"), context.PrimaryEntityId);
        Assert.AreEqual(new OptionSetValue(3), context.InputParameters["Status"]);
        Assert.IsTrue((bool)context.SharedVariables["IsAutoTransact"]);
        Assert.AreEqual("sdkmessageprocessingstep", context.OwningExtension.LogicalName);
    }

    [TestMethod]
    public void ReadObject_PostedWinContext_RestoresEntityAttributeTypes()
    {
        var close = (Entity)Read(PostedContext).InputParameters["OpportunityClose"];

        Assert.AreEqual("opportunityclose", close.LogicalName);
        Assert.AreEqual(125000.50m, close.GetAttributeValue<Money>("actualrevenue").Value);
        Assert.AreEqual("opportunity", close.GetAttributeValue<EntityReference>("opportunityid").LogicalName);
        Assert.AreEqual("Won: framework deal", close.GetAttributeValue<string>("subject"));
    }

    [TestMethod]
    public void ReadObject_ParentContext_IsReachableThroughPluginInterface()
    {
        var json = PostedContext.Replace("\"ParentContext\":null", "\"ParentContext\":{\"MessageName\":\"Update\",\"Stage\":30}", StringComparison.Ordinal);

        IPluginExecutionContext context = Read(json);

        Assert.AreEqual("Update", context.ParentContext.MessageName);
        Assert.AreEqual(30, context.ParentContext.Stage);
    }

    private static RemoteExecutionContext Read(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var context = new DataContractJsonSerializer(typeof(RemoteExecutionContext)).ReadObject(stream) as RemoteExecutionContext;
        Assert.IsNotNull(context, "the JSON did not read back as a RemoteExecutionContext");
        return context;
    }
}
