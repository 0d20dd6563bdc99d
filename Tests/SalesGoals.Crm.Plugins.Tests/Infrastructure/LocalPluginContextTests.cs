using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Infrastructure;

/// <summary>An Update of a deal matters to attainment only when it leaves or enters a state (won, say) or keeps it:
/// every other edit skips every read. The pre-image holds the stored value; the target only what the caller sent.</summary>
[TestClass]
public sealed class LocalPluginContextTests
{
    private const string Image = "pre";
    private const int Open = 0;
    private const int Won = 1;
    private const int Lost = 2;

    [TestMethod]
    [DataRow(Won, null, true, DisplayName = "won, state not sent (a won deal's amount edited): still won")]
    [DataRow(Open, Won, true, DisplayName = "open → won: enters")]
    [DataRow(Won, Open, true, DisplayName = "won → open (reopened): leaves")]
    [DataRow(Open, Lost, false, DisplayName = "open → lost: never won")]
    [DataRow(Open, null, false, DisplayName = "open, state not sent: not won")]
    [DataRow(Lost, Open, false, DisplayName = "lost → open: not won either side")]
    public void WasOrIs_StateBeforeAndSent_TrueOnlyWhenWonOnEitherSide(int before, int? sent, bool expected)
    {
        // Arrange
        var world = GoalWorld.Create();
        var execution = world.Context("Update", OpportunityTable.LogicalName);
        execution.PreEntityImages[Image] = new Entity(OpportunityTable.LogicalName, execution.PrimaryEntityId) { [OpportunityTable.Fields.StateCode] = new OptionSetValue(before) };
        var target = new Entity(OpportunityTable.LogicalName, execution.PrimaryEntityId);
        if (sent is { } state)
        {
            target[OpportunityTable.Fields.StateCode] = new OptionSetValue(state);
        }

        execution.InputParameters["Target"] = target;
        var context = new LocalPluginContext(world.Provider(execution, new RecordingTracingService()), null);

        // Act
        var relevant = context.WasOrIs(Image, OpportunityTable.Fields.StateCode, Won);

        // Assert
        Assert.AreEqual(expected, relevant);
    }

    [TestMethod]
    [DataRow(2052, 2052)]
    [DataRow(1033, 1033)]
    [DataRow(1041, 1041, DisplayName = "another language is passed on; texts fall back to English")]
    public void UserLanguage_InitiatingUsersSettings_IsTheirUiLanguage(int stored, int expected)
    {
        // Arrange
        var world = GoalWorld.Create();
        world.Env.Seed.UserLanguage(world.Rep, stored);
        var context = new LocalPluginContext(world.Provider(world.Context("Create", SgGoal.LogicalName, world.Rep), new RecordingTracingService()), null);

        // Act
        var language = context.UserLanguage;

        // Assert
        Assert.AreEqual(expected, language);
    }

    [TestMethod]
    public void UserLanguage_CallerWithoutUserSettings_IsEnglish()
    {
        // Arrange: an application user or a caller created a moment ago has no usersettings row yet.
        var world = GoalWorld.Create();
        var context = new LocalPluginContext(world.Provider(world.Context("Create", SgGoal.LogicalName, System.Guid.NewGuid()), new RecordingTracingService()), null);

        // Act
        var language = context.UserLanguage;

        // Assert
        Assert.AreEqual(1033, language);
    }
}
