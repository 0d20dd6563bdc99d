using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesGoals.Crm.LocalDataverse.Tests.SamplePlugins;
using SalesGoals.Crm.LocalDataverse.Tests.Support;
using SalesGoals.Crm.SolutionModel.Messages;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse.Tests.Metadata;

[TestClass]
public sealed class SampleSolutionLoaderTests
{
    private static LocalDataverseEnvironment BuildFromFolder() => new LocalDataverseBuilder()
        .WithSolutionFolder(SampleSolution.Folder)
        .WithPluginAssembly(typeof(SampleDefaultsPlugin).Assembly)
        .Build();

    [TestMethod]
    public void Build_SampleFolder_KnowsCustomAndStandardTablesWithSystemColumns()
    {
        var env = BuildFromFolder();

        var sample = env.Metadata.Get("sg_sample");
        Assert.AreEqual("sg_sampleid", sample.PrimaryIdAttribute);
        Assert.AreEqual("sg_name", sample.PrimaryNameAttribute);
        Assert.IsNotNull(sample.Find("sg_amount_base"), "money columns get their _base companion");
        Assert.IsNotNull(sample.Find("ownerid"), "user-owned tables get ownerid");
        Assert.IsNotNull(sample.Find("transactioncurrencyid"));
        Assert.IsNotNull(env.Metadata.Find("opportunity"));
        Assert.IsNotNull(env.Metadata.Find("teammembership"));
    }

    [TestMethod]
    public void Create_SampleStepFromFolder_RunsWithItsUnsecureConfiguration()
    {
        var env = BuildFromFolder();
        var service = env.GetOrganizationService(env.Seed.User("Grace Hopper"));

        var id = service.Create(new Entity("sg_sample") { ["sg_name"] = "first" });

        Assert.AreEqual(7, service.Retrieve("sg_sample", id, new ColumnSet("sg_count")).GetAttributeValue<int>("sg_count"));
    }

    [TestMethod]
    public void Update_SampleStepWithFilterAndPreImage_TracesTheChange()
    {
        var env = BuildFromFolder();
        env.Seed.Currency("EUR", 1m);
        var service = env.GetOrganizationService(env.Seed.User("Grace Hopper"));
        var id = service.Create(new Entity("sg_sample") { ["sg_name"] = "first", ["sg_amount"] = new Money(10m) });

        service.Update(new Entity("sg_sample", id) { ["sg_name"] = "renamed" });
        service.Update(new Entity("sg_sample", id) { ["sg_amount"] = new Money(25m) });

        var traces = env.Traces.Where(t => t.PluginTypeName.EndsWith("SampleAuditPlugin", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, traces, "the filtering attribute keeps the step out of the rename");
        Assert.AreEqual("sg_amount 10.00 -> 25.00", traces[0].Text);
    }

    [TestMethod]
    public void Build_RoleFromSolution_GrantsItsPrivileges()
    {
        var env = BuildFromFolder();
        var user = env.Seed.User("Grace Hopper");

        env.Seed.AssignRole(user, "Sample Goal Manager");

        Assert.IsTrue(env.HasPrivilege(user, "prvWritesg_sample", RolePrivilegeDepth.Deep));
        Assert.IsFalse(env.HasPrivilege(user, "prvWritesg_sample", RolePrivilegeDepth.Global));
        Assert.IsFalse(env.HasPrivilege(user, "prvDeletesg_sample"));
    }

    [TestMethod]
    public void Build_StepNamesMissingPluginType_FailsWithClearError()
    {
        var step = StepBuilder.On("Create", "sg_sample").PluginType("Contoso.Plugins.DoesNotExist").Build();

        var error = Assert.ThrowsExactly<LocalDataverseConfigurationException>(() => new LocalDataverseBuilder()
            .WithSolution(SampleSolution.TablesOnly()).WithStep(step).WithPluginAssembly(typeof(ScriptedPlugin).Assembly).Build());

        StringAssert.Contains(error.Message, "Contoso.Plugins.DoesNotExist");
    }

    [TestMethod]
    [DataRow("sg_nosuchcolumn", null, DisplayName = "filtering attribute")]
    [DataRow(null, "sg_nosuchcolumn", DisplayName = "image attribute")]
    public void Build_StepNamesMissingColumn_FailsWithClearError(string? filtering, string? imageColumn)
    {
        var builder = StepBuilder.On("Update", "sg_sample");
        if (filtering is not null)
        {
            builder.Filtering(filtering);
        }

        if (imageColumn is not null)
        {
            builder.PreImage("pre", imageColumn);
        }

        var error = Assert.ThrowsExactly<LocalDataverseConfigurationException>(() => new LocalDataverseBuilder()
            .WithSolution(SampleSolution.TablesOnly()).WithStep(builder.Does(_ => { })).WithPluginAssembly(typeof(ScriptedPlugin).Assembly).Build());

        StringAssert.Contains(error.Message, "sg_nosuchcolumn");
    }

    [TestMethod]
    [DataRow("Create", "6f4d3a2b-0000-4000-8000-00000000a001", DisplayName = "an id no message has")]
    [DataRow("Update", "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8", DisplayName = "Create's id on an Update step")]
    public void Build_StepWithMessageIdNotOfItsMessage_FailsWithClearError(string message, string messageId)
    {
        var step = StepBuilder.On(message, "sg_sample").MessageId(Guid.Parse(messageId)).Does(_ => { });

        var error = Assert.ThrowsExactly<LocalDataverseConfigurationException>(() => new LocalDataverseBuilder()
            .WithSolution(SampleSolution.TablesOnly()).WithStep(step).WithPluginAssembly(typeof(ScriptedPlugin).Assembly).Build());

        StringAssert.Contains(error.Message, $"SdkMessageId {messageId}, which is not the id of message {message}");
    }

    [TestMethod]
    public void Build_StepWithItsMessagesPlatformId_Registers()
    {
        var step = StepBuilder.On("Update", "sg_sample").MessageId(SdkMessages.Update.Id).Does(_ => { });

        var env = new LocalDataverseBuilder()
            .WithSolution(SampleSolution.TablesOnly()).WithStep(step).WithPluginAssembly(typeof(ScriptedPlugin).Assembly).Build();

        Assert.IsNotNull(env);
    }

    [TestMethod]
    public void Build_StepOnUnknownTable_FailsWithClearError()
    {
        var step = StepBuilder.On("Create", "sg_nosuchtable").Does(_ => { });

        var error = Assert.ThrowsExactly<LocalDataverseConfigurationException>(() => new LocalDataverseBuilder()
            .WithStep(step).WithPluginAssembly(typeof(ScriptedPlugin).Assembly).Build());

        StringAssert.Contains(error.Message, "sg_nosuchtable");
    }
}
