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

    public static readonly LocalText AllOk = LocalText.Of("All connections work.", "所有连接正常。");

    public static readonly LocalText Failed = LocalText.Of("{0} check(s) failed.", "{0} 项检查失败。");
}
