using SalesGoals.Crm.Cli.Localization;

namespace SalesGoals.Crm.Cli.Hosting;

/// <summary>Texts of the command line itself (root, shared options, exit codes, connection errors).</summary>
internal static class CliTexts
{
    public static readonly LocalText RootDescription = LocalText.Of(
        "SalesGoals command line: plan goals, manage mappings and dead-lettered messages, check connections.",
        "SalesGoals 命令行：规划目标、管理映射与死信消息、检查连接。");

    public static readonly LocalText ExitCodesHelp = LocalText.Of(
        "Exit codes: 0 done, 1 failed, 2 bad input (command, option, value, file or configuration).",
        "退出码：0 成功，1 失败，2 输入有误（命令、选项、取值、文件或配置）。");

    public static readonly LocalText LangDescription = LocalText.Of(
        "Language of messages: en or zh (default: zh when the culture is zh-*, else en).",
        "消息语言：en 或 zh（默认：区域设置为 zh-* 时为 zh，否则为 en）。");

    public static readonly LocalText LangInvalid = LocalText.Of(
        "--lang must be en or zh, not '{0}'.",
        "--lang 只能是 en 或 zh，而不是“{0}”。");

    public static readonly LocalText UsageHint = LocalText.Of(
        "Run with --help for usage.",
        "使用 --help 查看用法。");

    public static readonly LocalText Cancelled = LocalText.Of("Cancelled.", "已取消。");

    public static readonly LocalText Unexpected = LocalText.Of(
        "Failed: {0}",
        "失败：{0}");

    public static readonly LocalText DataverseNotConfigured = LocalText.Of(
        "Dataverse is not configured: set Dataverse:Url (appsettings.json or Dataverse__Url) and Dataverse:Auth, as for the worker's run; or start the local sandbox (dotnet run --project Connectors/SalesGoals.Crm.Sandbox -- --keep-running), which commands then use by default.",
        "未配置 Dataverse：请设置 Dataverse:Url（appsettings.json 或 Dataverse__Url）和 Dataverse:Auth，与 worker 的 run 相同；或启动本地沙盒（dotnet run --project Connectors/SalesGoals.Crm.Sandbox -- --keep-running），命令默认即使用它。");

    public static readonly LocalText UsingSandbox = LocalText.Of(
        "Using the local sandbox (Dataverse {0}); set Dataverse:Url to use another environment.",
        "正在使用本地沙盒（Dataverse {0}）；如需使用其他环境，请设置 Dataverse:Url。");

    public static readonly LocalText DataverseRefused = LocalText.Of(
        "Dataverse refused the request ({0}): {1}",
        "Dataverse 拒绝了请求（{0}）：{1}");

    public static readonly LocalText DataverseUnreachable = LocalText.Of(
        "Dataverse cannot be reached at {0}: {1}",
        "无法连接 Dataverse（{0}）：{1}");

    public static readonly LocalText QueueNotConfigured = LocalText.Of(
        "The Service Bus queue is not configured: set ServiceBus:ConnectionString (environment ServiceBus__ConnectionString) and ServiceBus:QueueName, as for the worker's run.",
        "未配置 Service Bus 队列：请设置 ServiceBus:ConnectionString（环境变量 ServiceBus__ConnectionString）和 ServiceBus:QueueName，与 worker 的 run 相同。");
}
