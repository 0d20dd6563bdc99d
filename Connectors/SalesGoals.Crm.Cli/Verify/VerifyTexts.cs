using SalesGoals.Crm.Cli.Localization;

namespace SalesGoals.Crm.Cli.Verify;

internal static class VerifyTexts
{
    public static readonly LocalText Description = LocalText.Of(
        "Checks the connections and the CRMs' schemas: signs in to Dataverse and reads each SalesGoals table the commands use; attaches to the Service Bus queue and its dead-letter queue; and checks that each connected Zoho org (settings/modules, settings/fields) and Fenxiang tenant (object/describe) has every module/object and field the connector reads and writes, printing exactly what an admin must create. Exit code 1 when anything is missing or fails.",
        "检查连接和 CRM 的结构：登录 Dataverse 并读取命令所用的每张 SalesGoals 表；连接 Service Bus 队列及其死信队列；检查每个已连接的 Zoho 组织（settings/modules、settings/fields）和纷享销客租户（object/describe）是否具备连接器读写的所有模块/对象和字段，并列出管理员必须创建的内容。有缺失或失败时退出码为 1。");

    public static readonly LocalText SkipQueueDescription = LocalText.Of("Do not check the queue.", "不检查队列。");

    public static readonly LocalText SystemDescription = LocalText.Of(
        "Check only this CRM: zoho or fenxiang (repeatable). Default: the systems in Worker:Systems that are configured (a Zoho or Fenxiang section).",
        "只检查此 CRM：zoho 或 fenxiang（可重复）。默认：Worker:Systems 中已配置（有 Zoho 或 Fenxiang 配置节）的系统。");

    public static readonly LocalText SkipCrmDescription = LocalText.Of("Do not check Zoho or Fenxiang.", "不检查 Zoho 和纷享销客。");

    public static readonly LocalText SystemInvalid = LocalText.Of("--system must be zoho or fenxiang, not '{0}'.", "--system 只能是 zoho 或 fenxiang，而不是“{0}”。");

    public static readonly LocalText Check = LocalText.Of("Check", "检查项");

    public static readonly LocalText Result = LocalText.Of("Result", "结果");

    public static readonly LocalText Table = LocalText.Of("Dataverse table {0}", "Dataverse 表 {0}");

    public static readonly LocalText Queue = LocalText.Of("Service Bus queue {0}", "Service Bus 队列 {0}");

    public static readonly LocalText Ok = LocalText.Of("ok ({0} row(s) read)", "正常（读取 {0} 行）");

    public static readonly LocalText QueueOk = LocalText.Of("ok (attached)", "正常（已连接）");

    public static readonly LocalText Crm = LocalText.Of("{0} schema", "{0} 结构");

    public static readonly LocalText CrmOk = LocalText.Of("ok ({0} object(s), {1} field(s) mapped, all present)", "正常（映射 {0} 个对象、{1} 个字段，全部存在）");

    public static readonly LocalText CrmGaps = LocalText.Of("{0} item(s) to create or change", "需创建或修改 {0} 项");

    public static readonly LocalText CrmSkipped = LocalText.Of("not configured (no {0} section), skipped", "未配置（无 {0} 配置节），已跳过");

    public static readonly LocalText Endpoint = LocalText.Of("Environment variable sg_ServiceBusEndpoint", "环境变量 sg_ServiceBusEndpoint");

    public static readonly LocalText EndpointOk = LocalText.Of("ok ({0}: the queue read here)", "正常（{0}：即此处读取的队列）");

    public static readonly LocalText EndpointVariableMissing = LocalText.Of(
        "not in this environment: import the SalesGoals solution", "此环境中不存在：请导入 SalesGoals 解决方案");

    public static readonly LocalText EndpointValueMissing = LocalText.Of(
        "no value: set it to sb://<namespace>.servicebus.windows.net/<queue> (README, admin step 3)",
        "未设置值：请设为 sb://<命名空间>.servicebus.windows.net/<队列>（README 管理员步骤 3）");

    public static readonly LocalText EndpointValueInvalid = LocalText.Of(
        "'{0}' is not an sb://<namespace>/<queue> address", "'{0}' 不是 sb://<命名空间>/<队列> 地址");

    public static readonly LocalText EndpointOtherQueue = LocalText.Of(
        "{0} names another queue than {1}, the one read here: goal events would not be processed",
        "{0} 指向的队列不是此处读取的 {1}：目标事件将无人处理");

    public static readonly LocalText EndpointOtherNamespace = LocalText.Of(
        "{0} names another namespace than {1}, the one connected to here: goal events would not be processed",
        "{0} 指向的命名空间不是此处连接的 {1}：目标事件将无人处理");

    public static readonly LocalText AllOk = LocalText.Of("All connections work.", "所有连接正常。");

    public static readonly LocalText Failed = LocalText.Of("{0} check(s) failed.", "{0} 项检查失败。");

    public static readonly LocalText ZohoHeading = LocalText.Of(
        "Zoho CRM: an admin must do this (Setup → Customization → Modules and Fields):",
        "Zoho CRM：管理员须完成以下操作（设置 → 定制 → 模块和字段）：");

    public static readonly LocalText FenxiangHeading = LocalText.Of(
        "Fenxiang: an admin must do this (管理后台 → 对象管理):",
        "纷享销客：管理员须完成以下操作（管理后台 → 对象管理）：");

    public static readonly LocalText Action = LocalText.Of("Action", "操作");

    public static readonly LocalText Object = LocalText.Of("Module/object", "模块/对象");

    public static readonly LocalText ApiName = LocalText.Of("API name", "API 名称");

    public static readonly LocalText Type = LocalText.Of("Type", "类型");

    public static readonly LocalText Use = LocalText.Of("Used for", "用途");

    public static readonly LocalText CreateZohoModule = LocalText.Of("create module", "创建模块");

    public static readonly LocalText CreateFenxiangObject = LocalText.Of("create object", "创建对象");

    public static readonly LocalText CustomModule = LocalText.Of("custom module", "自定义模块");

    public static readonly LocalText CustomObject = LocalText.Of("custom object", "自定义对象");

    public static readonly LocalText PresetObject = LocalText.Of("preset object (enable it)", "预设对象（请启用）");

    public static readonly LocalText CreateField = LocalText.Of("create field", "创建字段");

    public static readonly LocalText ChangeType = LocalText.Of("change type", "修改类型");

    public static readonly LocalText MakeUnique = LocalText.Of("make unique", "设为唯一");

    public static readonly LocalText UniqueSuffix = LocalText.Of("{0}, unique (no duplicates)", "{0}，唯一（不允许重复）");

    public static readonly LocalText NowType = LocalText.Of("{0} (now {1})", "{0}（当前为 {1}）");
}
