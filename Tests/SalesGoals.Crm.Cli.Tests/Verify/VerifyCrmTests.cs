using System.Globalization;
using System.Threading.Tasks;
using SalesGoals.Crm.Cli.Hosting;
using SalesGoals.Crm.Cli.Tests.Support;
using SalesGoals.Crm.Fenxiang.Emulator.Schema;
using SalesGoals.Crm.Zoho.Emulator.State;

namespace SalesGoals.Crm.Cli.Tests.Verify;

/// <summary><c>verify</c> against the Zoho and Fenxiang emulators' metadata APIs (settings/modules + settings/fields,
/// object/list + object/describe), with the connectors' default mapping (no sg_fieldmapping rows yet).</summary>
[TestClass]
public sealed class VerifyCrmTests
{
    [TestMethod]
    [Timeout(180_000, CooperativeCancellation = true)]
    public async Task Verify_CompleteZohoOrgAndFenxiangTenant_BothSchemasOkExitZero()
    {
        await using var harness = await CliHarness.StartAsync();
        await using var crms = await CrmEmulators.StartAsync();
        harness.SetEnvironmentVariable("sg_ServiceBusEndpoint", $"sb://127.0.0.1/{CliHarness.QueueName}"); // set by the admin after import

        var run = await harness.RunConfiguredAsync(CultureInfo.GetCultureInfo("en-US"), crms.Configuration(), "verify", "--skip-queue");

        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Zoho schema", run.ToString());
        StringAssert.Contains(run.Output, "Fenxiang schema", run.ToString());
        StringAssert.Contains(run.Output, "all present", run.ToString());
        Assert.IsFalse(run.Output.Contains("create field", System.StringComparison.Ordinal), run.ToString());
    }

    [TestMethod]
    [Timeout(180_000, CooperativeCancellation = true)]
    [DataRow("en-US", "Zoho CRM: an admin must do this", "create field", "1 item(s) to create or change")]
    [DataRow("zh-CN", "Zoho CRM：管理员须完成以下操作", "创建字段", "需创建或修改 1 项")]
    public async Task Verify_ZohoTargetsModuleMissingField_ListsModuleFieldAndTypeExitOne(string culture, string heading, string action, string summary)
    {
        await using var harness = await CliHarness.StartAsync();
        await using var crms = await CrmEmulators.StartAsync();
        crms.Zoho.Seed.RemoveField(ZohoStandardSchemas.SalesTargets, "Actual_Value");

        var run = await harness.RunConfiguredAsync(CultureInfo.GetCultureInfo(culture), crms.Configuration(), "verify", "--skip-queue");

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, heading, run.ToString());
        StringAssert.Contains(run.Output, summary, run.ToString());
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex(
            $@"{action}\s*│\s*Sales_Targets\s*│\s*Actual_Value\s*│\s*currency\s*│\s*goalprogress\.actual \(written\)"), run.ToString());
    }

    [TestMethod]
    [Timeout(180_000, CooperativeCancellation = true)]
    [DataRow("en-US", "create object", "custom object", "create field")]
    [DataRow("zh-CN", "创建对象", "自定义对象", "创建字段")]
    public async Task Verify_FenxiangGoalObjectMissing_ListsObjectAndEveryFieldWithTypes(string culture, string createObject, string customObject, string createField)
    {
        await using var harness = await CliHarness.StartAsync();
        await using var crms = await CrmEmulators.StartAsync();
        crms.Fenxiang.Tenant.RemoveObject(DefaultSchemas.SalesGoal().ApiName);

        var run = await harness.RunConfiguredAsync(CultureInfo.GetCultureInfo(culture), crms.Configuration(), "verify", "--skip-queue", "--system", "fenxiang");

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex($@"{createObject}\s*│\s*sales_goal__c\s*│\s*sales_goal__c\s*│\s*{customObject}"), run.ToString());
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex($@"{createField}\s*│\s*sales_goal__c\s*│\s*target__c\s*│\s*currency"), run.ToString());
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex($@"{createField}\s*│\s*sales_goal__c\s*│\s*pace_status__c\s*│\s*select_one"), run.ToString());
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex($@"{createField}\s*│\s*sales_goal__c\s*│\s*computed_on__c\s*│\s*date_time"), run.ToString());
        Assert.IsFalse(run.Output.Contains("Zoho", System.StringComparison.Ordinal), "only the system asked for is checked: " + run);
    }

    [TestMethod]
    [Timeout(180_000, CooperativeCancellation = true)]
    public async Task Verify_FenxiangFieldOfWrongType_SaysChangeTypeWithCurrentType()
    {
        await using var harness = await CliHarness.StartAsync();
        await using var crms = await CrmEmulators.StartAsync();
        crms.Fenxiang.Tenant.Schema(DefaultSchemas.SalesGoal().ApiName)!.SetField(new FieldSchema("period_start__c", FieldTypes.Text, "开始日期"));

        var run = await harness.RunConfiguredAsync(CultureInfo.GetCultureInfo("en-US"), crms.Configuration(), "verify", "--skip-queue", "--system", "fenxiang");

        Assert.AreEqual(ExitCodes.Failure, run.ExitCode, run.ToString());
        StringAssert.Matches(run.Output, new System.Text.RegularExpressions.Regex(@"change type\s*│\s*sales_goal__c\s*│\s*period_start__c\s*│\s*date \(now text\)"), run.ToString());
    }

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public async Task Verify_UnknownSystem_OneLineExitTwo()
    {
        var run = await CliHarness.RunOfflineAsync(CultureInfo.GetCultureInfo("en-US"), "verify", "--system", "salesforce");

        Assert.AreEqual(ExitCodes.BadInput, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--system must be zoho or fenxiang, not 'salesforce'.", run.ToString());
    }
}
