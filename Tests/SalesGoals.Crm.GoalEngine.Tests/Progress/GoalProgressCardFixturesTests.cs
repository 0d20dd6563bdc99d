using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SalesGoals.Crm.GoalEngine.Calendars;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Progress;
using SalesGoals.Crm.GoalEngine.Tests.Builders;
using SalesGoals.Crm.GoalEngine.Time;
using SalesGoals.Crm.Testing;
using static SalesGoals.Crm.GoalEngine.Tests.Builders.Dates;

namespace SalesGoals.Crm.GoalEngine.Tests.Progress;

/// <summary>
/// The goal progress card's browser tests render the figures in
/// Controls/GoalProgressCard/tests/fixtures/worked-examples.json. These tests run the engine on
/// each example's input and require exactly the stored figures the card is tested with, so the
/// card is never tested on numbers the engine would not write.
/// </summary>
[TestClass]
public class GoalProgressCardFixturesTests
{
    private const string FixturePath = "Controls/GoalProgressCard/tests/fixtures/worked-examples.json";

    public static IEnumerable<object[]> ExampleIds => Examples().Select(e => new object[] { e.GetProperty("id").GetString()! });

    [TestMethod]
    [DynamicData(nameof(ExampleIds))]
    public void Evaluate_CardFixtureInput_GivesTheFixturesStoredFigures(string id)
    {
        var example = Examples().Single(e => e.GetProperty("id").GetString() == id);
        var input = example.GetProperty("input");
        var stored = example.GetProperty("stored");
        var profile = input.GetProperty("seasonality").ValueKind == JsonValueKind.Null ? null : Builders.Examples.E5Profile;
        var evaluator = new ProgressEvaluator(DayWeights.For(WorkingCalendar.MondayToFriday, profile));
        var progressInput = new ProgressInput
        {
            Period = new Period(Enum.Parse<PeriodType>(input.GetProperty("periodType").GetString()!), D(input.GetProperty("start").GetString()!), D(input.GetProperty("end").GetString()!)),
            Target = input.GetProperty("target").GetDecimal(),
            Base = NullableDecimal(input.GetProperty("base")),
            Stretch = NullableDecimal(input.GetProperty("stretch")),
            Actual = input.GetProperty("actual").GetDecimal(),
            AsOf = D(input.GetProperty("asOf").GetString()!),
            Kind = Enum.Parse<MetricKind>(input.GetProperty("kind").GetString()!),
            Precision = input.GetProperty("precision").GetInt32(),
        };

        var result = evaluator.Evaluate(progressInput);
        var dueByDate = result.ExpectedToDate; // named so that MSTEST0017 does not take it for the expected value

        Assert.AreEqual(stored.GetProperty("expectedToDate").GetDecimal(), dueByDate, "expected to date");
        Assert.AreEqual(stored.GetProperty("attainmentPct").GetDecimal(), result.AttainmentPercent, "attainment %");
        Assert.AreEqual(stored.GetProperty("paceGapPct").GetDecimal(), result.PaceGapPercent, "pace gap %");
        Assert.AreEqual(Enum.Parse<ProgressStatus>(stored.GetProperty("paceStatus").GetString()!), result.Status, "pace status");
        Assert.AreEqual(Enum.Parse<Tier>(stored.GetProperty("tier").GetString()!), result.Tier, "tier");
        Assert.AreEqual(stored.GetProperty("projection").GetDecimal(), result.RunRateProjection, "projection");
    }

    private static decimal? NullableDecimal(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();

    private static List<JsonElement> Examples()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, FixturePath)));
        return document.RootElement.GetProperty("examples").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
