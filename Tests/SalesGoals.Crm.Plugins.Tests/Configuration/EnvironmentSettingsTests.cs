using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.Plugins.Configuration;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;
using N = SalesGoals.Crm.Plugins.Configuration.EnvironmentVariableNames;

namespace SalesGoals.Crm.Plugins.Tests.Configuration;

/// <summary>What an admin sees take effect: only the active value of each variable counts (a deactivated one falls back
/// to the definition's default), and the default calendar is the active calendar of that name.</summary>
[TestClass]
public sealed class EnvironmentSettingsTests
{
    // Each settings object gets an organization id of its own, so the per-organization cache of another test never answers.
    private static EnvironmentSettings Settings(GoalWorld world) =>
        new(world.AsSystem, Guid.NewGuid(), new ExecutionClock(GoalWorld.Now.UtcDateTime));

    private static Guid Calendar(GoalWorld world, string name, bool active)
    {
        var id = world.Env.Seed.Row(new Entity(SgWorkingDayCalendar.LogicalName) { [SgWorkingDayCalendar.Fields.Name] = name });
        if (!active)
        {
            world.AsSystem.Update(new Entity(SgWorkingDayCalendar.LogicalName, id) { [SgWorkingDayCalendar.Fields.StateCode] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
        }

        return id;
    }

    private static void Deactivate(GoalWorld world, string schemaName)
    {
        var values = new QueryExpression(N.ValueTable) { ColumnSet = new ColumnSet(N.SchemaName) };
        values.Criteria.AddCondition(N.SchemaName, ConditionOperator.Equal, schemaName);
        var value = world.AsSystem.RetrieveMultiple(values).Entities.Single();
        world.AsSystem.Update(new Entity(N.ValueTable, value.Id) { [N.StateCode] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });
    }

    [TestMethod]
    [DataRow(true, 0.25, DisplayName = "active value 0.25 counts")]
    [DataRow(false, 0.20, DisplayName = "deactivated value: the definition's default 0.20")]
    public void AlertThreshold_ValueActiveOrNot_ActiveValueElseDefault(bool active, double expected)
    {
        // Arrange
        var world = GoalWorld.Create();
        world.SetEnvironmentVariable(N.AlertThreshold, "0.25");
        if (!active)
        {
            Deactivate(world, N.AlertThreshold);
        }

        // Act
        var threshold = Settings(world).AlertThreshold;

        // Assert
        Assert.AreEqual((decimal)expected, threshold);
    }

    [TestMethod]
    public void DefaultCalendarId_NamedCalendarInactiveAndActive_IsTheActiveOne()
    {
        // Arrange: the deactivated copy is older, so it comes first unless the state is asked.
        var world = GoalWorld.Create();
        Calendar(world, "China 2027", active: false);
        var active = Calendar(world, "China 2027", active: true);
        world.SetEnvironmentVariable(N.DefaultCalendar, "China 2027");

        // Act
        var calendar = Settings(world).DefaultCalendarId;

        // Assert
        Assert.AreEqual(active, calendar);
    }

    [TestMethod]
    public void DefaultCalendarId_OnlyAnInactiveCalendarHasTheName_IsNone()
    {
        // Arrange
        var world = GoalWorld.Create();
        Calendar(world, "China 2027", active: false);
        world.SetEnvironmentVariable(N.DefaultCalendar, "China 2027");

        // Act
        var calendar = Settings(world).DefaultCalendarId;

        // Assert
        Assert.IsNull(calendar);
    }

    [TestMethod]
    public void Settings_VariablesRemovedFromTheEnvironment_NoThresholdAndNoCalendar()
    {
        // Arrange: an admin deleted both definitions (e.g. a solution layer removed); the plug-ins' own defaults then apply.
        var world = GoalWorld.Create();
        Calendar(world, "China (Mainland)", active: true);
        var definitions = new QueryExpression(N.DefinitionTable) { ColumnSet = new ColumnSet(N.SchemaName) };
        definitions.Criteria.AddCondition(N.SchemaName, ConditionOperator.In, N.AlertThreshold, N.DefaultCalendar);
        foreach (var definition in world.AsSystem.RetrieveMultiple(definitions).Entities)
        {
            world.AsSystem.Delete(N.DefinitionTable, definition.Id);
        }

        // Act
        var settings = Settings(world);

        // Assert
        Assert.IsNull(settings.AlertThreshold);
        Assert.IsNull(settings.DefaultCalendarId);
    }

    [TestMethod]
    public void DefaultCalendarId_NoValue_TheDefinitionsDefaultNamesTheCalendar()
    {
        // Arrange
        var world = GoalWorld.Create();
        var mainland = Calendar(world, "China (Mainland)", active: true);

        // Act
        var calendar = Settings(world).DefaultCalendarId;

        // Assert
        Assert.AreEqual(mainland, calendar);
    }

    [TestMethod]
    public void Read_BesideOtherSolutionsVariables_ReadsOnlyTheTwoThePlugInsObey()
    {
        // Arrange: an organization has many environment variables; two are the plug-ins'.
        var world = GoalWorld.Create();
        for (var i = 0; i < 3; i++)
        {
            world.Env.Seed.Row(new Entity(N.DefinitionTable) { [N.SchemaName] = $"contoso_Setting{i}", [N.DefaultValue] = "on" });
        }

        world.SetEnvironmentVariable(N.AlertThreshold, "0.25");
        var reads = new ReadCountingService(world.AsSystem);
        var settings = new EnvironmentSettings(reads, Guid.NewGuid(), new ExecutionClock(GoalWorld.Now.UtcDateTime));

        // Act
        var threshold = settings.AlertThreshold;

        // Assert
        Assert.AreEqual(0.25m, threshold);
        Assert.AreEqual(2, reads.RowsOf(N.DefinitionTable), "sg_AlertThreshold and sg_DefaultCalendar only");
    }
}
