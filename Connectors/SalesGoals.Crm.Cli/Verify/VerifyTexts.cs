using SalesGoals.Crm.Cli.Localization;

namespace SalesGoals.Crm.Cli.Verify;

internal static class VerifyTexts
{
    public static readonly LocalText Description = LocalText.Of(
        "Checks the connections: signs in to Dataverse and reads each SalesGoals table the commands use, and attaches to the Service Bus queue and its dead-letter queue.",
        "检查连接：登录 Dataverse 并读取命令所用的每张 SalesGoals 表，连接 Service Bus 队列及其死信队列。");

    public static readonly LocalText SkipQueueDescription = LocalText.Of("Do not check the queue.", "不检查队列。");

    public static readonly LocalText Check = LocalText.Of("Check", "检查项");

    public static readonly LocalText Result = LocalText.Of("Result", "结果");

    public static readonly LocalText Table = LocalText.Of("Dataverse table {0}", "Dataverse 表 {0}");

    public static readonly LocalText Queue = LocalText.Of("Service Bus queue {0}", "Service Bus 队列 {0}");

    public static readonly LocalText Ok = LocalText.Of("ok ({0} row(s) read)", "正常（读取 {0} 行）");

    public static readonly LocalText QueueOk = LocalText.Of("ok (attached)", "正常（已连接）");

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
}
