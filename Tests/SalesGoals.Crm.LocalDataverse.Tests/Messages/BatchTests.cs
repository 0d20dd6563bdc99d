using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Faults;
using SalesGoals.Crm.LocalDataverse.Tests.Support;

namespace SalesGoals.Crm.LocalDataverse.Tests.Messages;

[TestClass]
public sealed class BatchTests
{
    private static CreateRequest Create(string name) => new() { Target = new Entity("sg_sample") { ["sg_name"] = name } };

    private static CreateRequest Broken() => new() { Target = new Entity("sg_sample") { ["sg_missing"] = 1 } };

    private static int Count(TestDataverse dv) => dv.Service.RetrieveMultiple(new QueryExpression("sg_sample")).Entities.Count;

    private static ExecuteMultipleRequest Creates(int count) => new()
    {
        Requests = [.. Enumerable.Range(0, count).Select(i => Create("row " + i))],
        Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
    };

    [TestMethod]
    public void ExecuteMultiple_1001Requests_RefusedWithTheLimitAndNothingWritten()
    {
        var dv = TestDataverse.Create();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => dv.Service.Execute(Creates(1_001)));

        Assert.AreEqual(1_000, fault.Detail.ErrorDetails["MaxBatchSize"]);
        Assert.AreEqual(0, Count(dv));
    }

    [TestMethod]
    public void ExecuteMultiple_1000Requests_RunsThemAll()
    {
        var dv = TestDataverse.Create();

        var response = (ExecuteMultipleResponse)dv.Service.Execute(Creates(1_000));

        Assert.IsFalse(response.IsFaulted);
        Assert.AreEqual(1_000, Count(dv));
    }

    [TestMethod]
    public void ExecuteMultiple_ContinueOnError_RunsEveryRequestAndReportsTheFault()
    {
        var dv = TestDataverse.Create();
        var request = new ExecuteMultipleRequest
        {
            Requests = [Create("a"), Broken(), Create("c")],
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
        };

        var response = (ExecuteMultipleResponse)dv.Service.Execute(request);

        Assert.IsTrue(response.IsFaulted);
        Assert.HasCount(3, response.Responses);
        Assert.AreEqual(1, response.Responses[1].RequestIndex);
        Assert.AreEqual(ErrorCodes.QueryBuilderNoAttribute, response.Responses[1].Fault.ErrorCode);
        Assert.AreEqual(2, Count(dv));
    }

    [TestMethod]
    public void ExecuteMultiple_StopOnError_LeavesEarlierWritesAndSkipsTheRest()
    {
        var dv = TestDataverse.Create();
        var request = new ExecuteMultipleRequest
        {
            Requests = [Create("a"), Broken(), Create("c")],
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
        };

        var response = (ExecuteMultipleResponse)dv.Service.Execute(request);

        Assert.HasCount(1, response.Responses, "only the fault is reported when responses are not returned");
        Assert.AreEqual(1, Count(dv));
    }

    [TestMethod]
    public void ExecuteTransaction_OneRequestFails_NothingWrittenAndIndexReported()
    {
        var dv = TestDataverse.Create();
        var request = new ExecuteTransactionRequest { Requests = [Create("a"), Create("b"), Broken()], ReturnResponses = true };

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => dv.Service.Execute(request));

        Assert.IsInstanceOfType<ExecuteTransactionFault>(fault.Detail);
        Assert.AreEqual(2, ((ExecuteTransactionFault)fault.Detail).FaultedRequestIndex);
        Assert.AreEqual(0, Count(dv));
    }

    [TestMethod]
    public void ExecuteTransaction_AllSucceed_ReturnsResponsesInOrder()
    {
        var dv = TestDataverse.Create();

        var response = (ExecuteTransactionResponse)dv.Service.Execute(new ExecuteTransactionRequest { Requests = [Create("a"), Create("b")], ReturnResponses = true });

        Assert.HasCount(2, response.Responses);
        Assert.IsInstanceOfType<CreateResponse>(response.Responses[0]);
        Assert.AreEqual(2, Count(dv));
    }
}
