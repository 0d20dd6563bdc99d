using System.Text.Json;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Zoho.Adapter;
using SalesGoals.Crm.Zoho.Api;
using SalesGoals.Crm.Zoho.Auth;
using SalesGoals.Crm.Zoho.Errors;
using SalesGoals.Crm.Zoho.Tests.Infrastructure;

namespace SalesGoals.Crm.Zoho.Tests.Contracts;

[TestClass]
public sealed class ZohoPayloadSampleTests
{
    private static T Read<T>(string sample) =>
        JsonSerializer.Deserialize<T>(SharedContracts.ZohoSample(sample), ZohoJson.Options)!;

    [TestMethod]
    public void TokenRefreshSample_Deserializes_WithApiDomainAndLifetime()
    {
        var token = Read<ZohoTokenResponse>("token_refresh_response.json");

        Assert.AreEqual("https://www.zohoapis.com", token.ApiDomain);
        Assert.AreEqual(3600, token.ExpiresIn);
        Assert.IsNull(token.Error);
        Assert.IsFalse(string.IsNullOrEmpty(token.AccessToken));
    }

    [TestMethod]
    public void TokenErrorSample_HasNoAccessToken_SoItIsAFailureDespiteHttp200()
    {
        var token = Read<ZohoTokenResponse>("token_error_response.json");

        Assert.IsNull(token.AccessToken);
        Assert.AreEqual(ZohoErrorKind.TokenInvalidCode, ZohoErrorParser.FromTokenError(token.Error, 200).Kind);
    }

    [TestMethod]
    public void RecordsSample_Deserializes_WithPageTokenAndOwner()
    {
        var page = Read<ZohoRecordsResponse>("leads_get_response_v8.json");

        Assert.HasCount(1, page.Data);
        Assert.AreEqual("c8582xx9e7c7", page.Info!.NextPageToken);
        Assert.IsTrue(page.Info.MoreRecords);
        Assert.AreEqual("patricia.boyle@example.com", ZohoRecordValues.LookupPart(page.Data[0], "Owner", "email"));
    }

    [TestMethod]
    public void Mixed207Sample_GivesOneSuccessAndOneFieldError()
    {
        var response = Read<ZohoWriteResponse>("upsert_response_207_mixed_v8.json");

        Assert.IsTrue(response.Data[0].IsSuccess);
        Assert.AreEqual("111112000000142001", response.Data[0].RecordId);
        Assert.AreEqual("insert", response.Data[0].Action);
        var failure = ZohoErrorParser.FromRecordResult(response.Data[1], 207);
        Assert.AreEqual(ZohoErrorKind.InvalidData, failure.Kind);
        Assert.AreEqual("$.data[1].Company", failure.FieldPath);
        Assert.AreEqual("Company", failure.ApiName);
    }

    [TestMethod]
    public void Upsert200Sample_ReportsUpdateAndInsert()
    {
        var response = Read<ZohoWriteResponse>("upsert_response_200_v8.json");

        CollectionAssert.AreEqual(new[] { "update", "insert" }, response.Data.ConvertAll(r => r.Action));
        Assert.IsTrue(response.Data.TrueForAll(r => r.IsSuccess));
    }

    [TestMethod]
    public void Create201Sample_GivesTheNewId()
    {
        var response = Read<ZohoWriteResponse>("create_response_201_v8.json");

        Assert.AreEqual("5725767000000524157", response.Data[0].RecordId);
    }

    [TestMethod]
    public void UpsertRequestSample_RoundTripsDuplicateCheckFields()
    {
        var request = Read<ZohoWriteRequest>("upsert_request_v8.json");

        CollectionAssert.AreEqual(new[] { "Phone" }, request.DuplicateCheckFields);
        Assert.AreEqual("test", request.Data[0]["Last_Name"]!.GetValue<string>());
    }

    [TestMethod]
    public void DeletedSample_KeepsPermanentDeletionsWithNullNames()
    {
        var response = Read<ZohoDeletedRecordsResponse>("deleted_records_response.json");

        Assert.AreEqual("recycle", response.Data[0].Type);
        Assert.AreEqual("Patricia Boyle", response.Data[0].DeletedBy!.Name);
        Assert.AreEqual("permanent", response.Data[1].Type);
        Assert.IsNull(response.Data[1].DisplayName);
        Assert.IsNull(response.Data[1].DeletedBy);
    }

    [TestMethod]
    public void CoqlSample_Deserializes()
    {
        var response = Read<ZohoCoqlResponse>("coql_response.json");

        Assert.AreEqual(1, response.Info!.Count);
        Assert.AreEqual("Smith", response.Data[0]["Last_Name"]!.GetValue<string>());
        Assert.AreEqual("select Last_Name, First_Name from Leads where Last_Name = 'Smith'", Read<ZohoCoqlRequest>("coql_request.json").SelectQuery);
    }

    [TestMethod]
    [DataRow("Negotiation/Review", DealState.Open)]
    [DataRow("Closed Won", DealState.Won)]
    [DataRow("Closed Lost", DealState.Lost)]
    [DataRow("Closed Lost to Competition", DealState.Lost)]
    public void PipelineStageMapsSample_ClassifiesByForecastType(string stage, DealState expected)
    {
        var catalog = ZohoStageCatalog.FromPipelines(Read<ZohoPipelineResponse>("pipeline_stage_maps_excerpt.json").Pipeline);

        Assert.AreEqual(expected, catalog.StateOf(stage));
    }

    [TestMethod]
    public void PipelineStageMapsSample_UnknownStage_HasNoState()
    {
        var catalog = ZohoStageCatalog.FromPipelines(Read<ZohoPipelineResponse>("pipeline_stage_maps_excerpt.json").Pipeline);

        Assert.IsNull(catalog.StateOf("Won (per the name)"));
    }
}
