using SalesGoals.Crm.Cli.Localization;

namespace SalesGoals.Crm.Cli.DeadLetters;

internal static class DlqTexts
{
    public static readonly LocalText Description = LocalText.Of(
        "Dead-lettered messages of the Service Bus queue (<queue>/$deadletterqueue).",
        "Service Bus 队列的死信消息（<queue>/$deadletterqueue）。");

    public static readonly LocalText ListDescription = LocalText.Of(
        "Lists dead-lettered messages, one row each (browsed: no message is locked or changed).",
        "列出死信消息，每条一行（浏览方式：不锁定、不改动任何消息）。");

    public static readonly LocalText PeekDescription = LocalText.Of(
        "Shows dead-lettered messages in full: properties, reason and body (browsed: no message is locked or changed).",
        "完整显示死信消息：属性、原因和消息体（浏览方式：不锁定、不改动任何消息）。");

    public static readonly LocalText ReplayDescription = LocalText.Of(
        "Sends dead-lettered messages back to the queue with their message id and properties, each removed from the dead-letter queue only after the send succeeded. Exit codes: 0 replayed (or nothing to replay), 1 a send failed or an --id was not found, 2 bad input.",
        "将死信消息连同消息 ID 和属性重新发送到队列；每条消息仅在发送成功后才从死信队列删除。退出码：0 已重放（或无可重放），1 发送失败或找不到某个 --id，2 输入有误。");

    public static readonly LocalText PurgeDescription = LocalText.Of("Removes dead-lettered messages for good.", "永久删除死信消息。");

    public static readonly LocalText MaxOption = LocalText.Of("At most this many messages (1–1000, default 100).", "最多处理的消息数（1–1000，默认 100）。");

    public static readonly LocalText MaxInvalid = LocalText.Of("--max must be between 1 and 1000, not {0}.", "--max 必须在 1 到 1000 之间，而不是 {0}。");

    public static readonly LocalText IdOption = LocalText.Of(
        "Only the message with this id (repeat for several).",
        "仅处理该 ID 的消息（可重复指定多个）。");

    public static readonly LocalText NewIdOption = LocalText.Of(
        "Give each replayed message a new message id (the old one is kept in the sg-replay-of property). Needed when the queue has duplicate detection and the original id is still inside its window: Service Bus would drop the copy silently.",
        "为每条重放的消息分配新的消息 ID（原 ID 保存在 sg-replay-of 属性中）。当队列启用了重复检测且原 ID 仍在检测窗口内时必须使用：否则 Service Bus 会静默丢弃该副本。");

    public static readonly LocalText None = LocalText.Of("No dead-lettered message in {0}.", "{0} 中没有死信消息。");

    public static readonly LocalText Purged = LocalText.Of("Purged {0} message(s).", "已删除 {0} 条消息。");

    public static readonly LocalText Replayed = LocalText.Of("Replayed {0} message(s) to {1}.", "已将 {0} 条消息重放到 {1}。");

    public static readonly LocalText ReplayedOne = LocalText.Of("Replayed {0} ({1}).", "已重放 {0}（{1}）。");

    public static readonly LocalText NotFound = LocalText.Of("No dead-lettered message with id {0}.", "找不到 ID 为 {0} 的死信消息。");

    public static readonly LocalText NotReplayable = LocalText.Of(
        "Message {0} was left in the dead-letter queue: {1}",
        "消息 {0} 保留在死信队列中：{1}");

    public static readonly LocalText SendFailed = LocalText.Of(
        "Sending message {0} back to {1} failed; it stays in the dead-letter queue: {2}",
        "将消息 {0} 重新发送到 {1} 失败，消息仍保留在死信队列中：{2}");

    public static readonly LocalText Id = LocalText.Of("Message id", "消息 ID");

    public static readonly LocalText Sequence = LocalText.Of("Sequence", "序号");

    public static readonly LocalText Subject = LocalText.Of("Subject", "主题");

    public static readonly LocalText Reason = LocalText.Of("Reason", "原因");

    public static readonly LocalText Detail = LocalText.Of("Description", "说明");

    public static readonly LocalText Deliveries = LocalText.Of("Deliveries", "投递次数");

    public static readonly LocalText Enqueued = LocalText.Of("Dead-lettered at", "进入死信队列时间");

    public static readonly LocalText Source = LocalText.Of("From", "来源");

    public static readonly LocalText Properties = LocalText.Of("Properties", "属性");

    public static readonly LocalText Body = LocalText.Of("Body", "消息体");
}
