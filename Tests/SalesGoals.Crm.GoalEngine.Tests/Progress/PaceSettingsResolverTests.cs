using System;
using SalesGoals.Crm.GoalEngine.Progress;

namespace SalesGoals.Crm.GoalEngine.Tests.Progress;

/// <summary>The one rule the plug-ins and the reports share for a goal's at-risk threshold, calendar and time zone.</summary>
[TestClass]
public sealed class PaceSettingsResolverTests
{
    private static readonly Guid GoalCalendar = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid SettingsCalendar = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid EnvironmentCalendar = new("00000000-0000-0000-0000-000000000003");

    [TestMethod]
    [DataRow(0.10, 0.30, 0.25, 0.10, DisplayName = "the goal's own first")]
    [DataRow(null, 0.30, 0.25, 0.30, DisplayName = "then the settings row")]
    [DataRow(null, null, 0.25, 0.25, DisplayName = "then the environment variable")]
    [DataRow(null, null, null, null, DisplayName = "none: the engine's default applies")]
    public void AtRiskThreshold_Sources_GoalThenSettingsThenEnvironment(double? goal, double? settings, double? environment, double? expected)
    {
        var result = PaceSettingsResolver.AtRiskThreshold((decimal?)goal, (decimal?)settings, () => (decimal?)environment);

        Assert.AreEqual((decimal?)expected, result);
    }

    [TestMethod]
    public void AtRiskThreshold_GoalOrSettingsSetOne_EnvironmentNotRead()
    {
        var reads = 0;

        PaceSettingsResolver.AtRiskThreshold(0.1m, null, () => { reads++; return 0.25m; });
        PaceSettingsResolver.AtRiskThreshold(null, 0.3m, () => { reads++; return 0.25m; });

        Assert.AreEqual(0, reads, "the environment variables cost requests: read only when needed");
    }

    [TestMethod]
    [DataRow(0.25, 0.25, DisplayName = "a fraction: used")]
    [DataRow(1.0, 1.0, DisplayName = "1: used")]
    [DataRow(0.0, 0.20, DisplayName = "0: the default")]
    [DataRow(1.5, 0.20, DisplayName = "above 1: the default")]
    [DataRow(null, 0.20, DisplayName = "none: the default")]
    public void Options_Threshold_UsedOnlyWhenAFractionInZeroToOne(double? threshold, double expected)
    {
        Assert.AreEqual((decimal)expected, PaceSettingsResolver.Options((decimal?)threshold).AtRiskThreshold);
    }

    [TestMethod]
    [DataRow(true, true, 1, DisplayName = "the goal's calendar first")]
    [DataRow(false, true, 2, DisplayName = "then the settings row's default")]
    [DataRow(false, false, 3, DisplayName = "then the calendar sg_DefaultCalendar names")]
    public void CalendarId_Sources_GoalThenSettingsThenEnvironment(bool goal, bool settings, int expected)
    {
        var result = PaceSettingsResolver.CalendarId(goal ? GoalCalendar : null, settings ? SettingsCalendar : null, () => EnvironmentCalendar);

        Assert.AreEqual(new Guid($"00000000-0000-0000-0000-00000000000{expected}"), result);
    }

    [TestMethod]
    [DataRow("0.25", "0.20", 0.25, DisplayName = "the value overrides the default")]
    [DataRow(null, "0.20", 0.20, DisplayName = "no value: the default")]
    [DataRow("  ", "0.20", 0.20, DisplayName = "a blank value: the default")]
    [DataRow("not a number", "0.20", 0.20, DisplayName = "an unusable value: the default")]
    [DataRow("1.5", "0.20", 0.20, DisplayName = "a value above 1: the default")]
    [DataRow(" 0.3 ", null, 0.3, DisplayName = "trimmed, read in the invariant culture")]
    [DataRow("0,3", null, null, DisplayName = "a decimal comma is no number here: none")]
    [DataRow(null, null, null, DisplayName = "neither: none")]
    public void EnvironmentThreshold_ValueAndDefault_ValueWhenUsableElseDefault(string? value, string? defaultValue, double? expected)
    {
        Assert.AreEqual((decimal?)expected, PaceSettingsResolver.EnvironmentThreshold(value, defaultValue));
    }

    [TestMethod]
    [DataRow("China (Mainland)", "Default", "China (Mainland)")]
    [DataRow(" ", "Default", "Default")]
    [DataRow(null, null, null)]
    public void EnvironmentValue_ValueAndDefault_TrimmedValueElseDefault(string? value, string? defaultValue, string? expected)
    {
        Assert.AreEqual(expected, PaceSettingsResolver.EnvironmentValue(value, defaultValue));
    }

    [TestMethod]
    [DataRow("Asia/Shanghai", "Asia/Shanghai")]
    [DataRow("", "UTC")]
    [DataRow(null, "UTC")]
    public void TimeZone_SettingsValue_ElseUtc(string? settings, string expected)
    {
        Assert.AreEqual(expected, PaceSettingsResolver.TimeZone(settings));
    }
}
