using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Goals;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Translation;
using SalesGoals.Crm.Integration.Tests.Mapping.Builders;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Translation;

[TestClass]
public sealed class ZohoRecordTranslationTests
{
    /// <summary>A Deals record as GET /crm/v8/Deals returns it.</summary>
    private const string ReadRecord = """
        {
          "id": "4876876000000411001",
          "Deal_Name": "Hangzhou HQ fit-out",
          "Amount": 125000.50,
          "Currency": "CNY",
          "Exchange_Rate": 1,
          "Stage": "Closed Lost to Competition",
          "Closing_Date": "2026-03-31",
          "Owner": { "name": "Li Wei", "id": "4876876000000225013", "email": "li.wei@zoho-org.cn" },
          "Account_Name": { "name": "Hangzhou Build Co.", "id": "4876876000000333001" },
          "Probability": 0,
          "Product_Line": "Software",
          "Region": "East China",
          "Segment": "KA",
          "Created_Time": "2026-01-05T09:30:00+08:00",
          "Modified_Time": "2026-03-31T17:45:12+08:00",
          "Description": "not mapped"
        }
        """;

    private static readonly Dictionary<string, string> ForecastTypes = new()
    {
        ["Qualification"] = "Open",
        ["Negotiation/Review"] = "Open",
        ["Closed Won"] = "Closed Won",
        ["Closed Lost"] = "Closed Lost",
        ["Closed Lost to Competition"] = "Closed Lost",
    };

    private static readonly CrmMapping Mapping = ZohoFixtures.GoodMapping().Build();

    private static RecordTranslator Translator => new(Mapping, ZohoValueFormat.Instance, DealStateResolvers.FromStageForecastTypes(ForecastTypes));

    private static ObjectMap Deals => Mapping.ObjectFor(ObjectMap.DealEntity)!;

    [TestMethod]
    public void ToDeal_ZohoRecord_GivesTheCanonicalDeal()
    {
        var result = Translator.ToDeal(JsonRecord.Parse(ReadRecord));

        Assert.IsEmpty(result.Problems, string.Join(Environment.NewLine, result.Problems));
        DealAssert.AreEqual(
            new ExternalDeal
            {
                System = ExternalSystem.Zoho,
                ExternalId = "4876876000000411001",
                Name = "Hangzhou HQ fit-out",
                Amount = 125000.50m,
                CurrencyCode = "CNY",
                ExchangeRate = 1m,
                State = DealState.Lost,
                StageValue = "Closed Lost to Competition",
                CloseDate = new DateOnly(2026, 3, 31),
                CreatedOn = new DateTimeOffset(2026, 1, 5, 9, 30, 0, TimeSpan.FromHours(8)),
                ModifiedOn = new DateTimeOffset(2026, 3, 31, 17, 45, 12, TimeSpan.FromHours(8)),
                OwnerExternalId = "4876876000000225013",
                OwnerEmail = "li.wei@zoho-org.cn",
                OwnerName = "Li Wei",
                AccountExternalId = "4876876000000333001",
                AccountName = "Hangzhou Build Co.",
                Probability = 0m,
                Dimensions = new Dictionary<string, string> { ["productline"] = "sw", ["region"] = "east", ["customersegment"] = "ka" },
            },
            result.Deal);
    }

    [TestMethod]
    public void ToExternal_CanonicalOfAZohoRecord_WritesTheSameValues()
    {
        var written = Translator.ToExternal(Deals, Translator.ToCanonical(Deals, JsonRecord.Parse(ReadRecord)).Values);

        Assert.IsEmpty(written.Problems);
        var expected = JsonRecord.Parse(ReadRecord).Without("id", "Created_Time", "Modified_Time", "Description");
        expected["Owner"] = JsonRecord.Parse("""{ "v": { "id": "4876876000000225013" } }""")["v"];
        expected["Account_Name"] = JsonRecord.Parse("""{ "v": { "id": "4876876000000333001" } }""")["v"];
        JsonRecord.AssertSameFields(expected, written.Fields);
    }

    [TestMethod]
    public void ToDeal_WrittenDeal_ReadsBackAsTheSameDeal()
    {
        var deal = Translator.ToDeal(JsonRecord.Parse(ReadRecord)).Deal! with { OwnerEmail = null, OwnerName = null, AccountName = null };

        var written = Translator.ToExternal(Deals, CanonicalDeal.From(deal));
        var stored = new Dictionary<string, System.Text.Json.JsonElement>(written.Fields)
        {
            ["id"] = JsonRecord.Parse(ReadRecord)["id"],
            ["Created_Time"] = JsonRecord.Parse(ReadRecord)["Created_Time"],
            ["Modified_Time"] = JsonRecord.Parse(ReadRecord)["Modified_Time"],
        };
        var readBack = Translator.ToDeal(stored);

        Assert.IsEmpty(written.Problems);
        DealAssert.AreEqual(deal, readBack.Deal);
    }

    [TestMethod]
    [DataRow("Qualification", DealState.Open)]
    [DataRow("Closed Won", DealState.Won)]
    [DataRow("Closed Lost", DealState.Lost)]
    public void ToDeal_Stage_StateComesFromTheForecastType(string stage, DealState state)
    {
        var record = JsonRecord.Parse(ReadRecord.Replace("Closed Lost to Competition", stage, StringComparison.Ordinal));

        var deal = Translator.ToDeal(record).Deal;

        Assert.AreEqual(state, deal?.State);
    }

    [TestMethod]
    public void ToDeal_RecordWithSeveralBadValues_IsSkippedWithEveryReason()
    {
        var record = JsonRecord.Parse(ReadRecord
            .Replace("\"Stage\": \"Closed Lost to Competition\"", "\"Stage\": \"Renamed Stage\"", StringComparison.Ordinal)
            .Replace("\"Region\": \"East China\"", "\"Region\": \"West China\"", StringComparison.Ordinal)
            .Replace("\"Amount\": 125000.50", "\"Amount\": \"lots\"", StringComparison.Ordinal)
            .Replace("\"Closing_Date\": \"2026-03-31\"", "\"Closing_Date\": \"31/03/2026\"", StringComparison.Ordinal)
            .Replace("\"Currency\": \"CNY\"", "\"Currency\": \"yuan\"", StringComparison.Ordinal));

        var result = Translator.ToDeal(record);

        Assert.IsNull(result.Deal);
        string[] fragments = ["'Renamed Stage'", "'West China' is not in value map 'region'", "Amount should be a number", "Closing_Date should be a date (yyyy-MM-dd)", "'yuan' is not an ISO 4217"];
        Assert.HasCount(fragments.Length, result.Problems, string.Join(Environment.NewLine, result.Problems));
        foreach (var fragment in fragments)
        {
            Assert.IsTrue(result.Problems.Any(p => p.Contains(fragment, StringComparison.Ordinal) && p.Contains("4876876000000411001", StringComparison.Ordinal)), fragment);
        }
    }

    [TestMethod]
    public void ToExternal_GoalProgress_UsesZohoFormats()
    {
        var goalId = Guid.Parse("5d3c1f0e-2b4a-4c6d-8e9f-0a1b2c3d4e5f");
        var row = new GoalProgressRow
        {
            GoalId = goalId,
            Name = "Q2 2026 won revenue",
            OwnerExternalId = "4876876000000225013",
            PeriodType = "Quarter",
            PeriodStart = new DateOnly(2026, 4, 1),
            PeriodEnd = new DateOnly(2026, 6, 30),
            MetricCode = "won_revenue",
            Target = 1200000.00m,
            Actual = 300000.50m,
            AttainmentPercent = 25.0000m,
            ExpectedToDate = 400000m,
            PaceStatus = "AtRisk",
            Tier = "None",
            ComputedOn = new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero),
        };

        var written = Translator.ToExternal(Mapping.ObjectFor(ObjectMap.GoalProgressEntity)!, CanonicalGoalProgress.From(row));

        Assert.IsEmpty(written.Problems);
        JsonRecord.AssertSameFields(
            JsonRecord.Parse($$"""
                {
                  "Name": "Q2 2026 won revenue", "Goal_Id": "{{goalId}}", "Owner": { "id": "4876876000000225013" },
                  "Period_Start": "2026-04-01", "Period_End": "2026-06-30",
                  "Target": 1200000.00, "Actual": 300000.50, "Attainment": 25.0000, "Pace": "AtRisk"
                }
                """),
            written.Fields);
    }

    [TestMethod]
    [DataRow("2026-03-31T17:45:12+08:00", "2026-03-31T09:45:12Z", DisplayName = "offset")]
    [DataRow("2026-03-31T09:45:12Z", "2026-03-31T09:45:12Z", DisplayName = "UTC designator")]
    [DataRow("2026-03-31T17:45:12.250+08:00", "2026-03-31T09:45:12.25Z", DisplayName = "fraction")]
    [DataRow("2026-03-31T17:45:12", null, DisplayName = "no offset is refused")]
    [DataRow("2026-03-31", null, DisplayName = "a date is not a date-time")]
    public void ToDeal_ModifiedTime_NeedsAnOffset(string modified, string? utc)
    {
        var record = JsonRecord.Parse(ReadRecord.Replace("2026-03-31T17:45:12+08:00", modified, StringComparison.Ordinal));

        var result = Translator.ToDeal(record);

        Assert.AreEqual(utc, result.Deal?.ModifiedOn.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", System.Globalization.CultureInfo.InvariantCulture), string.Join(" ", result.Problems));
    }

    [TestMethod]
    public void ToDeal_NoAmount_IsAProblemNotAZeroDeal()
    {
        var record = JsonRecord.Parse(ReadRecord).Without("Amount");

        var result = Translator.ToDeal(record);

        Assert.IsNull(result.Deal);
        StringAssert.Contains(result.Problems.Single(), "Amount is empty");
    }

    [TestMethod]
    public void ToDeal_NoCurrency_IsInTheMappingsDefaultCurrency()
    {
        var record = JsonRecord.Parse(ReadRecord).Without("Currency");

        var deal = Translator.ToDeal(record).Deal;

        Assert.AreEqual("CNY", deal?.CurrencyCode);
    }
}
