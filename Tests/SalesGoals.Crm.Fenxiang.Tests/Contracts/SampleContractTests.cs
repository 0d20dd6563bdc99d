using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Fenxiang.Tests.Support;

namespace SalesGoals.Crm.Fenxiang.Tests.Contracts;

/// <summary>The client's DTOs and error mapping read the shared sample payloads as published.</summary>
[TestClass]
public sealed class SampleContractTests
{
    [TestMethod]
    public void ObservedErrors_EachMapsToTypedOutcome()
    {
        var expected = new System.Collections.Generic.Dictionary<long, FenxiangOutcome>
        {
            [20016] = FenxiangOutcome.Reauthenticate,
            [20017] = FenxiangOutcome.CredentialsRejected,
            [10006] = FenxiangOutcome.CredentialsRejected,
            [10013] = FenxiangOutcome.InvalidParameter,
        };
        var cases = SharedSamples.Json("error-responses-observed.json").AsArray();

        foreach (var item in cases)
        {
            var answer = JsonSerializer.Deserialize<FenxiangResponse>(item!["body"]!.ToJsonString(), FenxiangJson.Options)!;
            Assert.IsTrue(expected.ContainsKey(answer.ErrorCode), $"sample code {answer.ErrorCode} has no expectation");
            Assert.AreEqual(expected[answer.ErrorCode], FenxiangErrorClassifier.Classify(answer.ErrorCode), item["case"]!.GetValue<string>());
        }

        Assert.HasCount(expected.Count, cases);
    }

    [TestMethod]
    public void LegacyTokenResponse_Deserializes()
    {
        var answer = JsonSerializer.Deserialize<CorpAccessTokenResponse>(SharedSamples.Text("token-legacy-response.json"), FenxiangJson.Options)!;

        Assert.AreEqual(0, answer.ErrorCode);
        Assert.AreEqual("0123456789ABCDEF0123456789ABCDEF", answer.CorpAccessToken);
        Assert.StartsWith("FSCID_", answer.CorpId);
        Assert.AreEqual(7200, answer.ExpiresIn);
    }

    [TestMethod]
    public void CurrentTokenResponse_Deserializes()
    {
        var answer = JsonSerializer.Deserialize<AccessTokenResponse>(SharedSamples.Text("token-new-response.json"), FenxiangJson.Options)!;

        Assert.AreEqual("BCxxxxxDF2", answer.AccessToken);
        Assert.AreEqual("fxxxx1", answer.EnterpriseAccount);
        Assert.AreEqual(7084, answer.ExpiresIn);
    }

    [TestMethod]
    public void QueryResponse_ReadsDataListAndIgnoresZeroTotal()
    {
        var answer = JsonSerializer.Deserialize<QueryResponse>(SharedSamples.Text("query-response-doc.json"), FenxiangJson.Options)!;

        CollectionAssert.AreEqual(
            new[] { "0039b47555cf4be98b8ff85d1ca70144", "0329115a0d70455f9852bbcbbaf452e0" },
            answer.Records().Select(r => r["_id"]!.GetValue<string>()).ToArray());
        Assert.AreEqual(0, answer.Total);
    }

    [TestMethod]
    public void QueryResponse_SingleRecordData_IsToleratedAsOneRecord()
    {
        var answer = JsonSerializer.Deserialize<QueryResponse>("""{"errorCode":0,"data":{"_id":"abc","name":"x"}}""", FenxiangJson.Options)!;

        Assert.AreEqual("abc", answer.Records().Single()["_id"]!.GetValue<string>());
    }

    [TestMethod]
    public void GetAndCreateResponses_Deserialize()
    {
        var get = JsonSerializer.Deserialize<RecordResponse>(SharedSamples.Text("get-response-doc.json"), FenxiangJson.Options)!;
        var create = JsonSerializer.Deserialize<CreateRecordResponse>(SharedSamples.Text("create-response-doc.json"), FenxiangJson.Options)!;

        Assert.AreEqual("69046aexxxxxxx", get.Data!["_id"]!.GetValue<string>());
        Assert.AreEqual(1612247399397, get.Data["create_time"]!.GetValue<long>());
        Assert.AreEqual("68faxxxxxx", create.DataId);
    }

    [TestMethod]
    public void ClientQueryRequest_SerializesWithTheSampleCasing()
    {
        var sample = SharedSamples.Json("query-request-legacy.json")["data"]!.AsObject();
        var request = new FenxiangRequest<QueryRequestData>
        {
            Data = new QueryRequestData
            {
                DataObjectApiName = "NewOpportunityObj",
                FindExplicitTotalNum = true,
                SearchQueryInfo = new SearchQueryInfo
                {
                    Limit = 100,
                    Filters = [new QueryFilter("last_modified_time", ["1735660800000"], QueryOperators.GreaterOrEqual), new QueryFilter("life_status", ["normal"], QueryOperators.Equal)],
                    Orders = [new QueryOrder("_id", true)],
                    FieldProjection = ["_id", "name", "amount", "close_date", "sales_stage", "sales_status", "owner", "account_id", "life_status", "last_modified_time"],
                },
            },
        };

        var produced = JsonNode.Parse(JsonSerializer.Serialize(request, FenxiangJson.Options))!["data"]!;

        Assert.IsTrue(JsonNode.DeepEquals(sample, produced), produced.ToJsonString());
    }

    [TestMethod]
    public void UserByMobileResponse_Deserializes()
    {
        var sample = SharedSamples.Json("user-getByMobile.json")["response"]!.ToJsonString();

        var answer = JsonSerializer.Deserialize<UserByMobileResponse>(sample, FenxiangJson.Options)!;

        Assert.AreEqual("FSUID_00000000000000000000000000000002", answer.EmployeeList.Single().OpenUserId);
    }

    [TestMethod]
    [DataRow(-1L, FenxiangOutcome.Retryable)]
    [DataRow(-2L, FenxiangOutcome.Retryable)]
    [DataRow(50009L, FenxiangOutcome.Retryable)]
    [DataRow(14001L, FenxiangOutcome.Throttled)]
    [DataRow(30004L, FenxiangOutcome.Throttled)]
    [DataRow(20016L, FenxiangOutcome.Reauthenticate)]
    [DataRow(20005L, FenxiangOutcome.Reauthenticate)]
    [DataRow(30002L, FenxiangOutcome.QuotaExhausted)]
    [DataRow(30003L, FenxiangOutcome.QuotaExhausted)]
    [DataRow(10001L, FenxiangOutcome.CredentialsRejected)]
    [DataRow(10002L, FenxiangOutcome.CredentialsRejected)]
    [DataRow(10006L, FenxiangOutcome.CredentialsRejected)]
    [DataRow(10012L, FenxiangOutcome.CredentialsRejected)]
    [DataRow(10014L, FenxiangOutcome.CredentialsRejected)]
    [DataRow(20006L, FenxiangOutcome.CredentialsRejected)]
    [DataRow(20015L, FenxiangOutcome.CredentialsRejected)]
    [DataRow(20017L, FenxiangOutcome.CredentialsRejected)]
    [DataRow(10013L, FenxiangOutcome.InvalidParameter)]
    [DataRow(11001L, FenxiangOutcome.InvalidParameter)]
    [DataRow(11999L, FenxiangOutcome.InvalidParameter)]
    [DataRow(15002L, FenxiangOutcome.InvalidParameter)]
    [DataRow(32000L, FenxiangOutcome.InvalidParameter)]
    [DataRow(30007L, FenxiangOutcome.InvalidParameter)]
    [DataRow(30027L, FenxiangOutcome.InvalidParameter)]
    [DataRow(15003L, FenxiangOutcome.PermissionDenied)]
    [DataRow(20012L, FenxiangOutcome.PermissionDenied)]
    [DataRow(20014L, FenxiangOutcome.PermissionDenied)]
    [DataRow(20020L, FenxiangOutcome.PermissionDenied)]
    [DataRow(20023L, FenxiangOutcome.PermissionDenied)]
    [DataRow(201112011L, FenxiangOutcome.BusinessRule)]
    [DataRow(12345L, FenxiangOutcome.Unknown)]
    [DataRow(0L, FenxiangOutcome.Success)]
    public void Classify_PublishedCode_MapsToOutcome(long code, FenxiangOutcome expected) =>
        Assert.AreEqual(expected, FenxiangErrorClassifier.Classify(code));
}
