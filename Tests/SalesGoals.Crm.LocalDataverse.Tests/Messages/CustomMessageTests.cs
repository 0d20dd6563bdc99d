using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Messages;

[TestClass]
public sealed class CustomMessageTests
{
    private sealed class DoubleItPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
            var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
            context.OutputParameters["Result"] = (int)context.InputParameters["Value"] * 2;
        }
    }

    [TestMethod]
    public void CustomApi_PluginAsMainOperation_ReturnsOutputParametersAndRunsSteps()
    {
        var pre = 0;
        var dv = TestDataverse.Create(StepBuilder.On("sg_DoubleIt", null).Stage(20).Does((_, _, _) => pre++));
        dv.Environment.RegisterCustomApi("sg_DoubleIt", new DoubleItPlugin());

        var response = dv.Service.Execute(new OrganizationRequest("sg_DoubleIt") { ["Value"] = 21 });

        Assert.AreEqual(42, response["Result"]);
        Assert.AreEqual(1, pre);
    }

    [TestMethod]
    public void RegisterMessageHandler_WritesJoinTheTransaction()
    {
        var dv = TestDataverse.Create(StepBuilder.On("sg_Reset", null).Stage(40)
            .Does((_, _, _) => throw new InvalidPluginExecutionException("refused")));
        dv.Environment.RegisterMessageHandler("sg_Reset", execution =>
        {
            execution.Service.Create(new Entity("account") { ["name"] = "reset marker" });
            return new OrganizationResponse();
        });

        AssertFault.Throws(ErrorCodes.IsvAborted, () => dv.Service.Execute(new OrganizationRequest("sg_Reset")));

        Assert.IsEmpty(dv.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [TestMethod]
    public void Execute_UnknownMessage_FailsWithClearFault()
    {
        var dv = TestDataverse.Create();

        var fault = AssertFault.Throws(ErrorCodes.RequestNotSupported, () => dv.Service.Execute(new OrganizationRequest("sg_Unknown")));

        StringAssert.Contains(fault.Message, "sg_Unknown");
    }
}
