using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Emulator;
using SalesGoals.Crm.Fenxiang.Emulator.Data;
using SalesGoals.Crm.Fenxiang.Emulator.Protocol;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Fenxiang.Tests.Support;

namespace SalesGoals.Crm.Fenxiang.Tests.Emulator;

/// <summary>The emulator accepts the documented request shapes and refuses what the real gateway refuses.</summary>
[TestClass]
public sealed class EmulatorFidelityTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task SampleCreateRequest_OnPresetObject_AnswersDataId()
    {
        await using var emulator = await StartAsync();
        emulator.Tenant.DefineObject(new ObjectSchema("ProductObj", "产品",
        [
            new FieldSchema("product_status", FieldTypes.SelectOne, Options: [new("1", "上架"), new("2", "下架")]),
            new FieldSchema("price", FieldTypes.Currency),
            new FieldSchema("category", FieldTypes.SelectOne, Options: [new("1", "a"), new("2", "b")]),
        ]));
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(SharedSamples.Json("create-request.json").AsObject(), "1000", TestContext.CancellationToken);

        var answer = await raw.PostAsync("/cgi/crm/v2/data/create", body, TestContext.CancellationToken);

        Assert.AreEqual(0, answer["errorCode"]!.GetValue<long>(), answer.ToJsonString());
        var stored = emulator.Tenant.Find("ProductObj", answer["dataId"]!.GetValue<string>())!;
        Assert.AreEqual("10.00", stored["price"]!.GetValue<string>());
        Assert.AreEqual("2", stored["owner"]!.AsArray().Single()!.GetValue<string>(), "the FSUID in the sample is employee 2");
        Assert.IsNotNull(answer["traceId"]);
    }

    [TestMethod]
    public async Task SampleUpdateRequest_OnCustomObject_UpdatesDateAndOption()
    {
        await using var emulator = await StartAsync();
        emulator.Tenant.DefineObject(new ObjectSchema("object_112ft__c", "custom",
        [
            new FieldSchema("field_dB02P__c", FieldTypes.Date),
            new FieldSchema("field_w7706__c", FieldTypes.SelectOne, Options: [new("option1", "一"), new("other", "其他")]),
        ]));
        emulator.Tenant.Seed("object_112ft__c", new JsonObject { ["_id"] = "5f323dd6d97520000155369f", ["name"] = "x", ["owner"] = new JsonArray("1000") });
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(SharedSamples.Json("update-request.json").AsObject(), "1000", TestContext.CancellationToken);

        var answer = await raw.PostAsync("/cgi/crm/custom/v2/data/update", body, TestContext.CancellationToken);

        Assert.AreEqual(0, answer["errorCode"]!.GetValue<long>(), answer.ToJsonString());
        Assert.AreEqual(1735660800000, emulator.Tenant.Find("object_112ft__c", "5f323dd6d97520000155369f")!["field_dB02P__c"]!.GetValue<long>());
    }

    [TestMethod]
    public async Task SampleQueryAndGetRequests_AreAccepted()
    {
        await using var emulator = await StartAsync();
        emulator.Tenant.DefineObject(new ObjectSchema("SalesOrderObj", "销售订单", [new FieldSchema("order_amount", FieldTypes.Currency)]));
        emulator.Tenant.Seed("SalesOrderObj", new JsonObject { ["_id"] = "5f323dd6d97520000155369f", ["name"] = "SO-1", ["owner"] = new JsonArray("1000") });
        emulator.Tenant.Seed("NewOpportunityObj", new OpportunityBuilder().Build());
        using var raw = new RawGateway(emulator);

        var query = await raw.PostAsync("/cgi/crm/v2/data/query", await raw.WithLegacyAuthAsync(SharedSamples.Json("query-request-legacy.json").AsObject(), "1000", TestContext.CancellationToken), TestContext.CancellationToken);
        var get = await raw.PostAsync("/cgi/crm/v2/data/get", await raw.WithLegacyAuthAsync(SharedSamples.Json("get-request.json").AsObject(), "1000", TestContext.CancellationToken), TestContext.CancellationToken);

        Assert.AreEqual(0, query["errorCode"]!.GetValue<long>(), query.ToJsonString());
        Assert.AreEqual(1, query["data"]!["total"]!.GetValue<int>());
        Assert.AreEqual("SO-1", get["data"]!["name"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task SampleInvalidDeleteRecover_FollowTwoStepDeletion()
    {
        await using var emulator = await StartAsync();
        const string id = "5a9ce894f125ae9befxxxxxx";
        emulator.Tenant.Seed("AccountObj", new JsonObject { ["_id"] = id, ["name"] = "客户", ["owner"] = new JsonArray("1000") });
        var samples = SharedSamples.Json("invalid-delete-requests.json");
        using var raw = new RawGateway(emulator);
        async Task<long> Post(string op) => (await raw.PostAsync($"/cgi/crm/v2/data/{op}", await raw.WithLegacyAuthAsync(samples[op]!.DeepClone().AsObject(), "1000", TestContext.CancellationToken), TestContext.CancellationToken))["errorCode"]!.GetValue<long>();

        var deleteBeforeInvalid = await Post("delete");
        var invalid = await Post("invalid");
        var statusAfterInvalid = emulator.Tenant.Find("AccountObj", id)!["life_status"]!.GetValue<string>();
        var recover = await Post("recover");
        var statusAfterRecover = emulator.Tenant.Find("AccountObj", id)!["life_status"]!.GetValue<string>();
        await Post("invalid");
        var delete = await Post("delete");

        Assert.AreEqual(EmulatorErrorCodes.DeleteNeedsInvalidFirst, deleteBeforeInvalid);
        Assert.AreEqual(0, invalid);
        Assert.AreEqual("invalid", statusAfterInvalid);
        Assert.AreEqual(0, recover);
        Assert.AreEqual("normal", statusAfterRecover);
        Assert.AreEqual(0, delete);
        Assert.IsNull(emulator.Tenant.Find("AccountObj", id));
    }

    [TestMethod]
    public async Task SampleGetByMobile_ReturnsFsuidWithLegacyAuth()
    {
        await using var emulator = await StartAsync();
        emulator.Tenant.AddEmployee(new EmulatedEmployee("2", "用戶名", Mobile: "13800000000"));
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(SharedSamples.Json("user-getByMobile.json")["request"]!.DeepClone().AsObject(), "1000", TestContext.CancellationToken);

        var answer = await raw.PostAsync("/cgi/user/getByMobile", body, TestContext.CancellationToken);

        Assert.AreEqual("FSUID_00000000000000000000000000000002", answer["empList"]![0]!["openUserId"]!.GetValue<string>());
    }

    [TestMethod]
    [DataRow("/cgi/crm/v2/data/query", "sales_goal__c")]
    [DataRow("/cgi/crm/custom/v2/data/query", "NewOpportunityObj")]
    public async Task WrongPathFamily_IsRefused(string path, string apiName)
    {
        await using var emulator = await StartAsync();
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(new JsonObject { ["data"] = new JsonObject { ["dataObjectApiName"] = apiName, ["search_query_info"] = new JsonObject { ["limit"] = 10 } } }, "1000", TestContext.CancellationToken);

        var answer = await raw.PostAsync(path, body, TestContext.CancellationToken);

        Assert.AreEqual(EmulatorErrorCodes.WrongPathFamily, answer["errorCode"]!.GetValue<long>());
        Assert.AreEqual(FenxiangOutcome.InvalidParameter, FenxiangErrorClassifier.Classify(answer["errorCode"]!.GetValue<long>()));
    }

    [TestMethod]
    [DataRow("""{"dataObjectApiName":"NewOpportunityObj","search_query_info":{"limit":10,"filters":[{"fieldName":"name","field_values":["x"],"operator":"EQ"}]}}""", DisplayName = "filter in camelCase")]
    [DataRow("""{"dataObjectApiName":"NewOpportunityObj","search_query_info":{"limit":10,"orders":[{"field_name":"name","isAsc":true}]}}""", DisplayName = "order in snake_case")]
    [DataRow("""{"dataObjectApiName":"NewOpportunityObj","search_query_info":{"limit":10,"filters":[{"field_name":"name","field_values":["x"],"operator":"NE"}]}}""", DisplayName = "NE instead of N")]
    [DataRow("""{"dataObjectApiName":"NewOpportunityObj","search_query_info":{"limit":101}}""", DisplayName = "limit over 100")]
    [DataRow("""{"object_data":{"dataObjectApiName":"NewOpportunityObj"},"search_query_info":{"limit":10}}""", DisplayName = "apiName placed as for create")]
    public async Task MalformedQuery_IsRefusedAsParameterError(string data)
    {
        await using var emulator = await StartAsync();
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(new JsonObject { ["data"] = JsonNode.Parse(data) }, "1000", TestContext.CancellationToken);

        var answer = await raw.PostAsync("/cgi/crm/v2/data/query", body, TestContext.CancellationToken);

        Assert.AreEqual(EmulatorErrorCodes.ParameterError, answer["errorCode"]!.GetValue<long>(), answer.ToJsonString());
    }

    [TestMethod]
    [DataRow("""{"amount":88000}""", EmulatorErrorCodes.InvalidValueFormat, DisplayName = "money as a number")]
    [DataRow("""{"close_date":"2026-03-31"}""", EmulatorErrorCodes.InvalidValueFormat, DisplayName = "date as ISO text")]
    [DataRow("""{"sales_status":"赢单"}""", EmulatorErrorCodes.InvalidValueFormat, DisplayName = "option label instead of value")]
    [DataRow("""{"owner":"1000"}""", EmulatorErrorCodes.InvalidValueFormat, DisplayName = "owner not a list")]
    [DataRow("""{"owner":["9999"]}""", EmulatorErrorCodes.EmployeeMissing, DisplayName = "unknown employee")]
    [DataRow("""{"account_id":"nope"}""", EmulatorErrorCodes.LookupTargetMissing, DisplayName = "lookup to a missing record")]
    [DataRow("""{"no_such_field__c":"x"}""", EmulatorErrorCodes.UnknownField, DisplayName = "unknown field")]
    public async Task CreateWithWrongValueFormat_IsRefused(string fields, long expectedCode)
    {
        await using var emulator = await StartAsync();
        using var raw = new RawGateway(emulator);
        var objectData = new JsonObject { ["dataObjectApiName"] = "NewOpportunityObj", ["name"] = "x", ["owner"] = new JsonArray("1000") };
        foreach (var (key, value) in JsonNode.Parse(fields)!.AsObject())
        {
            objectData[key] = value?.DeepClone();
        }

        var body = await raw.WithLegacyAuthAsync(new JsonObject { ["data"] = new JsonObject { ["object_data"] = objectData } }, "1000", TestContext.CancellationToken);

        var answer = await raw.PostAsync("/cgi/crm/v2/data/create", body, TestContext.CancellationToken);

        Assert.AreEqual(expectedCode, answer["errorCode"]!.GetValue<long>(), answer.ToJsonString());
        Assert.AreEqual(0, emulator.Tenant.Count("NewOpportunityObj"));
    }

    [TestMethod]
    public async Task UpdateOwner_IsRefusedInFavourOfChangeOwner()
    {
        await using var emulator = await StartAsync();
        var id = emulator.Tenant.Seed("NewOpportunityObj", new OpportunityBuilder().Build());
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(new JsonObject
        {
            ["data"] = new JsonObject { ["object_data"] = new JsonObject { ["dataObjectApiName"] = "NewOpportunityObj", ["_id"] = id, ["owner"] = new JsonArray("1000") } },
        }, "1000", TestContext.CancellationToken);

        var answer = await raw.PostAsync("/cgi/crm/v2/data/update", body, TestContext.CancellationToken);

        Assert.AreEqual(EmulatorErrorCodes.OwnerChangeNeedsChangeOwner, answer["errorCode"]!.GetValue<long>());
    }

    [TestMethod]
    public async Task Create_ServerMaintainsIdAndTimes()
    {
        await using var emulator = await StartAsync();
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(new JsonObject
        {
            ["data"] = new JsonObject { ["object_data"] = new JsonObject { ["dataObjectApiName"] = "NewOpportunityObj", ["name"] = "x", ["owner"] = new JsonArray("1000"), ["_id"] = "mine", ["create_time"] = 1 } },
        }, "1000", TestContext.CancellationToken);

        var answer = await raw.PostAsync("/cgi/crm/v2/data/create", body, TestContext.CancellationToken);

        var stored = emulator.Tenant.Find("NewOpportunityObj", answer["dataId"]!.GetValue<string>())!;
        Assert.AreNotEqual("mine", stored["_id"]!.GetValue<string>());
        Assert.IsGreaterThan(1L, stored["create_time"]!.GetValue<long>());
        Assert.AreEqual(stored["create_time"]!.GetValue<long>(), stored["last_modified_time"]!.GetValue<long>());
    }

    [TestMethod]
    public async Task Call_WithoutThirdTraceId_IsRefused()
    {
        await using var emulator = await StartAsync();
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(new JsonObject { ["data"] = new JsonObject() }, "1000", TestContext.CancellationToken);

        var answer = await raw.PostAsync("/cgi/crm/v2/object/list", body, TestContext.CancellationToken, withTraceId: false);

        Assert.AreEqual(EmulatorErrorCodes.ParameterError, answer["errorCode"]!.GetValue<long>());
    }

    [TestMethod]
    public async Task Call_WithoutCredentials_Answers20017AndFakeToken20016()
    {
        await using var emulator = await StartAsync();
        using var raw = new RawGateway(emulator);

        var none = await raw.PostAsync("/cgi/crm/v2/object/list", new JsonObject { ["data"] = new JsonObject() }, TestContext.CancellationToken);
        var fake = await raw.PostAsync("/cgi/crm/v2/object/list", new JsonObject { ["corpAccessToken"] = "0123456789ABCDEF0123456789ABCDEF", ["corpId"] = emulator.Options.CorpId, ["currentOpenUserId"] = "FSUID_1", ["data"] = new JsonObject() }, TestContext.CancellationToken);
        using var bearer = new HttpRequestMessage();
        bearer.Headers.TryAddWithoutValidation("authorization", "Bearer fake");
        bearer.Headers.TryAddWithoutValidation("x-fs-ea", emulator.Options.EnterpriseAccount);
        bearer.Headers.TryAddWithoutValidation("x-fs-userid", "1000");
        var fakeBearer = await raw.PostAsync("/cgi/crm/v2/object/list", new JsonObject { ["data"] = new JsonObject() }, TestContext.CancellationToken, template: bearer);

        Assert.AreEqual(EmulatorErrorCodes.CorpIdNotFound, none["errorCode"]!.GetValue<long>());
        Assert.AreEqual(EmulatorErrorCodes.TokenInvalid, fake["errorCode"]!.GetValue<long>());
        Assert.AreEqual(EmulatorErrorCodes.TokenInvalid, fakeBearer["errorCode"]!.GetValue<long>());
    }

    [TestMethod]
    public async Task RateLimit_PerEndpoint_Answers14001WhenExceeded()
    {
        await using var emulator = await FenxiangEmulator.StartAsync(new FenxiangEmulatorOptions { RateLimitCalls = 3 });
        emulator.Tenant.AddEmployee(new EmulatedEmployee("1000", "管理员"));
        using var raw = new RawGateway(emulator);
        var body = await raw.WithLegacyAuthAsync(new JsonObject { ["data"] = new JsonObject() }, "1000", TestContext.CancellationToken);

        var codes = new long[5];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = (await raw.PostAsync(i == 4 ? "/cgi/user/list" : "/cgi/crm/v2/object/list", body, TestContext.CancellationToken))["errorCode"]!.GetValue<long>();
        }

        CollectionAssert.AreEqual(new long[] { 0, 0, 0, EmulatorErrorCodes.CallLimitExceeded, 0 }, codes, "the limit is per endpoint");
    }

    private static async Task<FenxiangEmulator> StartAsync()
    {
        var emulator = await FenxiangEmulator.StartAsync(new FenxiangEmulatorOptions { RateLimitEnabled = false });
        emulator.Tenant.AddEmployee(new EmulatedEmployee("1000", "管理员", Mobile: "13900000000", Email: "admin@example.com"));
        emulator.Tenant.AddEmployee(new EmulatedEmployee("2", "员工"));
        return emulator;
    }
}
