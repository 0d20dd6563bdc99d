using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Translation;
using SalesGoals.Crm.Integration.Tests.Mapping.Builders;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Translation;

[TestClass]
public sealed class FenxiangRecordTranslationTests
{
    /// <summary>A NewOpportunityObj record as /cgi/crm/v2/data/query returns it: money as strings, times in epoch ms,
    /// the owner as a list, the account's name beside its id. close_date is 2026-03-31 00:00 in Shanghai (30 March in UTC).</summary>
    private const string ReadRecord = """
        {
          "_id": "64f1c0a2e4b0a1b2c3d4e5f6",
          "name": "上海分公司续约",
          "amount": "88000.00",
          "close_date": 1774886400000,
          "sales_stage": "4",
          "sales_status": "2",
          "owner": ["1000"],
          "account_id": "64f1c0a2e4b0a1b2c3d4e000",
          "account_id__r": "上海建材有限公司",
          "probability": "100",
          "product_line__c": "opt_sw",
          "region__c": "r1",
          "customer_type__c": "existing",
          "create_time": 1767576600000,
          "last_modified_time": 1774950312000,
          "life_status": "normal"
        }
        """;

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly CrmMapping Mapping = FenxiangFixtures.GoodMapping().Build();

    private static RecordTranslator Translator => new(Mapping, new FenxiangValueFormat(Shanghai));

    private static ObjectMap Opportunities => Mapping.ObjectFor(ObjectMap.DealEntity)!;

    [TestMethod]
    public void ToDeal_FenxiangRecord_GivesTheCanonicalDeal()
    {
        var result = Translator.ToDeal(JsonRecord.Parse(ReadRecord));

        Assert.IsEmpty(result.Problems, string.Join(Environment.NewLine, result.Problems));
        var eight = TimeSpan.FromHours(8);
        DealAssert.AreEqual(
            new ExternalDeal
            {
                System = ExternalSystem.Fenxiang,
                ExternalId = "64f1c0a2e4b0a1b2c3d4e5f6",
                Name = "上海分公司续约",
                Amount = 88000.00m,
                CurrencyCode = "CNY",
                State = DealState.Won,
                StageValue = "4",
                CloseDate = new DateOnly(2026, 3, 31),
                CreatedOn = new DateTimeOffset(2026, 1, 5, 9, 30, 0, eight),
                ModifiedOn = new DateTimeOffset(2026, 3, 31, 17, 45, 12, eight),
                OwnerExternalId = "1000",
                AccountExternalId = "64f1c0a2e4b0a1b2c3d4e000",
                AccountName = "上海建材有限公司",
                Probability = 100m,
                Dimensions = new Dictionary<string, string> { ["productline"] = "sw", ["region"] = "east", ["customersegment"] = "smb" },
            },
            result.Deal);
        Assert.AreEqual(eight, result.Deal!.ModifiedOn.Offset, "times are shown in the tenant's zone");
    }

    [TestMethod]
    public void ToExternal_CanonicalOfAFenxiangRecord_WritesTheSameValues()
    {
        var written = Translator.ToExternal(Opportunities, Translator.ToCanonical(Opportunities, JsonRecord.Parse(ReadRecord)).Values);

        Assert.IsEmpty(written.Problems);
        var expected = JsonRecord.Parse(ReadRecord).Without("_id", "account_id__r", "create_time", "last_modified_time", "life_status");
        JsonRecord.AssertSameFields(expected, written.Fields);
    }

    [TestMethod]
    public void ToDeal_WrittenDeal_ReadsBackAsTheSameDeal()
    {
        var original = JsonRecord.Parse(ReadRecord);
        var deal = Translator.ToDeal(original).Deal! with { AccountName = null };

        var written = Translator.ToExternal(Opportunities, CanonicalDeal.From(deal));
        var stored = new Dictionary<string, JsonElement>(written.Fields)
        {
            ["_id"] = original["_id"],
            ["create_time"] = original["create_time"],
            ["last_modified_time"] = original["last_modified_time"],
        };
        var readBack = Translator.ToDeal(stored);

        Assert.IsEmpty(written.Problems);
        DealAssert.AreEqual(deal, readBack.Deal);
    }

    [TestMethod]
    [DataRow("1", DealState.Open)]
    [DataRow("2", DealState.Won)]
    [DataRow("3", DealState.Lost)]
    [DataRow("4", DealState.Lost)]
    public void ToDeal_SalesStatus_StateComesFromTheStageMap(string status, DealState state)
    {
        var record = JsonRecord.Parse(ReadRecord.Replace("\"sales_status\": \"2\"", $"\"sales_status\": \"{status}\"", StringComparison.Ordinal));

        Assert.AreEqual(state, Translator.ToDeal(record).Deal?.State);
    }

    [TestMethod]
    public void ToExternal_StateSharedBySeveralStatuses_WritesTheFirstStatus()
    {
        var values = new Dictionary<string, object> { [CanonicalDealField.State] = "Lost" };

        var written = Translator.ToExternal(Opportunities, values);

        Assert.AreEqual("3", written.Fields["sales_status"].GetString());
    }

    [TestMethod]
    public void ToDeal_UnknownStatusAndTwoOwners_IsSkippedWithBothReasons()
    {
        var record = JsonRecord.Parse(ReadRecord
            .Replace("\"sales_status\": \"2\"", "\"sales_status\": \"9\"", StringComparison.Ordinal)
            .Replace("\"owner\": [\"1000\"]", "\"owner\": [\"1000\", \"1001\"]", StringComparison.Ordinal));

        var result = Translator.ToDeal(record);

        Assert.IsNull(result.Deal);
        Assert.IsTrue(result.Problems.Any(p => p.Contains("sales_status value '9' is not in value map 'stage'", StringComparison.Ordinal)), string.Join(Environment.NewLine, result.Problems));
        Assert.IsTrue(result.Problems.Any(p => p.Contains("owner should name one employee", StringComparison.Ordinal)), string.Join(Environment.NewLine, result.Problems));
        Assert.IsTrue(result.Problems.Any(p => p.Contains("state cannot be decided", StringComparison.Ordinal)), string.Join(Environment.NewLine, result.Problems));
    }

    [TestMethod]
    public void ToExternal_GoalProgress_UsesFenxiangFormats()
    {
        var goalId = Guid.Parse("5d3c1f0e-2b4a-4c6d-8e9f-0a1b2c3d4e5f");
        var row = new GoalProgressRow
        {
            GoalId = goalId,
            Name = "Q2 2026 won revenue — Wang Fang",
            OwnerExternalId = "1000",
            PeriodType = "Quarter",
            PeriodStart = new DateOnly(2026, 4, 1),
            PeriodEnd = new DateOnly(2026, 6, 30),
            MetricCode = "won_revenue",
            CurrencyCode = "CNY",
            Target = 1200000.00m,
            Actual = 300000.50m,
            AttainmentPercent = 25.0000m,
            ExpectedToDate = 400000m,
            PaceStatus = "AtRisk",
            Tier = "None",
            ComputedOn = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero),
        };
        var goals = Mapping.ObjectFor(ObjectMap.GoalProgressEntity)!;

        var written = Translator.ToExternal(goals, CanonicalGoalProgress.From(row));

        Assert.IsEmpty(written.Problems);
        var expected = JsonRecord.Parse($$"""
            {
              "name": "Q2 2026 won revenue — Wang Fang",
              "goal_id__c": "{{goalId}}",
              "owner": ["1000"],
              "period_start__c": 1774972800000,
              "period_end__c": 1782748800000,
              "target__c": "1200000.00",
              "actual__c": "300000.50",
              "attainment__c": "25.0000",
              "tier__c": "None"
            }
            """);
        JsonRecord.AssertSameFields(expected, written.Fields);
    }

    [TestMethod]
    public void ToExternal_WrongCanonicalTypeOrUnmappedValue_ListsTheProblemAndWritesTheRest()
    {
        var values = new Dictionary<string, object>
        {
            [CanonicalDealField.Amount] = "88000",
            [CanonicalDealField.Region] = "overseas",
            [CanonicalDealField.Name] = "still written",
        };

        var written = Translator.ToExternal(Opportunities, values);

        Assert.HasCount(2, written.Problems, string.Join(Environment.NewLine, written.Problems));
        StringAssert.Contains(written.Problems[0], "'amount' should be Money");
        StringAssert.Contains(written.Problems[1], "region 'overseas' has no external value in value map 'region'");
        CollectionAssert.AreEqual(new[] { "name" }, written.Fields.Keys.ToArray());
    }
}
