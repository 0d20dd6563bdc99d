using SalesGoals.Crm.Cli.Localization;

namespace SalesGoals.Crm.Cli.DeadLetters;

internal static class DlqTexts
{
    public static readonly LocalText Description = LocalText.Of(
        "Dead-lettered messages of the Service Bus queue (<queue>/$deadletterqueue).",
        "Service Bus 队列的死信消息（<queue>/$deadletterqueue）。");

    public static readonly LocalText ListDescription = LocalText.Of(
        "Lists dead-lettered messages (received with a lock and handed back, so they stay).",
        "列出死信消息（锁定接收后归还，消息保留）。");

    public static readonly LocalText PurgeDescription = LocalText.Of("Removes dead-lettered messages for good.", "永久删除死信消息。");

    public static readonly LocalText MaxOption = LocalText.Of("At most this many messages (1–1000, default 100).", "最多处理的消息数（1–1000，默认 100）。");

    public static readonly LocalText MaxInvalid = LocalText.Of("--max must be between 1 and 1000, not {0}.", "--max 必须在 1 到 1000 之间，而不是 {0}。");

    public static readonly LocalText None = LocalText.Of("No dead-lettered message in {0}.", "{0} 中没有死信消息。");

    public static readonly LocalText Purged = LocalText.Of("Purged {0} message(s).", "已删除 {0} 条消息。");

    public static readonly LocalText Id = LocalText.Of("Message id", "消息 ID");

    public static readonly LocalText Subject = LocalText.Of("Subject", "主题");

    public static readonly LocalText Reason = LocalText.Of("Reason", "原因");

    public static readonly LocalText Detail = LocalText.Of("Description", "说明");

    public static readonly LocalText Deliveries = LocalText.Of("Deliveries", "投递次数");
}
