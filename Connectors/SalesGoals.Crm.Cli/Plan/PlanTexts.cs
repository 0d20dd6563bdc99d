using SalesGoals.Crm.Cli.Localization;

namespace SalesGoals.Crm.Cli.Plan;

/// <summary>Texts of the plan commands and of plan problems.</summary>
internal static class PlanTexts
{
    public static readonly LocalText PlanDescription = LocalText.Of(
        "Goal plans: a company target for a year split by product line / region / segment, team, rep and time (file format: Connectors/SalesGoals.Crm.Cli/Plan/README.md).",
        "目标规划：将年度公司目标按产品线/区域/客户细分、团队、销售代表和时间分解（文件格式见 Connectors/SalesGoals.Crm.Cli/Plan/README.md）。");

    public static readonly LocalText PreviewDescription = LocalText.Of(
        "Prints the whole goal tree the plan makes, with rolled-up totals checked; writes nothing.",
        "打印规划生成的完整目标树并校验汇总；不写入任何数据。");

    public static readonly LocalText ApplyDescription = LocalText.Of(
        "Writes the plan into Dataverse in one transaction (Custom API sg_ApplyGoalPlan; the goal rules apply): new goals created, changed ones updated, unchanged ones left alone; a change to a locked goal is refused (it needs an adjustment request) and nothing is written. Goals below the plan's goals that the file no longer has are listed with their path and kept (or deactivated with --remove-missing).",
        "在一个事务中将规划写入 Dataverse（自定义 API sg_ApplyGoalPlan，执行目标规则）：新建新目标、更新变化的目标、不改动未变化的目标；若要修改已锁定的目标则拒绝（需提交目标调整申请），且不写入任何数据。文件中已删除的下级目标会连同路径列出并保留（使用 --remove-missing 则停用）。");

    public static readonly LocalText ConvertDescription = LocalText.Of(
        "Checks a plan and writes it in another format: .xlsx (the workbook layout) or .json.",
        "校验规划并以另一种格式写出：.xlsx（工作簿格式）或 .json。");

    public static readonly LocalText ConvertOutArgument = LocalText.Of("The file to write: .xlsx or .json.", "要写入的文件：.xlsx 或 .json。");

    public static readonly LocalText Converted = LocalText.Of("Written: {0}", "已写入：{0}");

    public static readonly LocalText FileArgument = LocalText.Of(
        "The plan file: .xlsx, .yaml/.yml or .json.",
        "规划文件：.xlsx、.yaml/.yml 或 .json。");

    public static readonly LocalText ProblemsFound = LocalText.Of("The plan has {0} problem(s):", "规划有 {0} 个问题：");

    public static readonly LocalText FileMissing = LocalText.Of("The plan file {0} does not exist.", "规划文件 {0} 不存在。");

    public static readonly LocalText FileKind = LocalText.Of(
        "{0} is not a plan file: use .xlsx, .yaml, .yml or .json.",
        "{0} 不是规划文件：请使用 .xlsx、.yaml、.yml 或 .json。");

    public static readonly LocalText FileUnreadable = LocalText.Of("The file cannot be read: {0}", "无法读取文件：{0}");

    public static readonly LocalText Required = LocalText.Of("required", "必填");

    public static readonly LocalText NotText = LocalText.Of("must be text", "必须是文本");

    public static readonly LocalText NotNumber = LocalText.Of("must be a number, not '{0}'", "必须是数字，而不是“{0}”");

    public static readonly LocalText NotWholeNumber = LocalText.Of("must be a whole number, not '{0}'", "必须是整数，而不是“{0}”");

    public static readonly LocalText NotDate = LocalText.Of("must be a date yyyy-MM-dd, not '{0}'", "必须是 yyyy-MM-dd 格式的日期，而不是“{0}”");

    public static readonly LocalText NotList = LocalText.Of("must be a list", "必须是列表");

    public static readonly LocalText NotObject = LocalText.Of("must be a section with named values", "必须是包含命名值的节");

    public static readonly LocalText UnknownKey = LocalText.Of("unknown setting '{0}'", "未知设置“{0}”");

    public static readonly LocalText MustBePositive = LocalText.Of("must be greater than 0, not {0}", "必须大于 0，而不是 {0}");

    public static readonly LocalText MustNotBeNegative = LocalText.Of("must not be negative ({0})", "不能为负数（{0}）");

    public static readonly LocalText OutOfRange = LocalText.Of("must be between {0} and {1}, not {2}", "必须在 {0} 到 {1} 之间，而不是 {2}");

    public static readonly LocalText TooManyDecimals = LocalText.Of(
        "{0} has more than {1} decimal place(s) for this metric",
        "对该指标而言 {0} 的小数位超过 {1} 位");

    public static readonly LocalText UnknownMetric = LocalText.Of("unknown metric '{0}'; one of: {1}", "未知指标“{0}”；可选：{1}");

    public static readonly LocalText RatioMetric = LocalText.Of(
        "'{0}' is a ratio metric: a ratio target is not split (plan an amount or count metric)",
        "“{0}”是比率指标：比率目标不能分解（请规划金额或数量指标）");

    public static readonly LocalText BadCurrency = LocalText.Of("must be a 3-letter ISO currency code, not '{0}'", "必须是 3 位 ISO 货币代码，而不是“{0}”");

    public static readonly LocalText TierOrder = LocalText.Of(
        "tiers out of order: base {0} ≤ target {1} ≤ stretch {2} is required",
        "层级顺序错误：必须满足 基础目标 {0} ≤ 挑战目标 {1} ≤ 超越目标 {2}");

    public static readonly LocalText UnknownDepth = LocalText.Of("must be year, quarter, month, week or day, not '{0}'", "必须是 year、quarter、month、week 或 day，而不是“{0}”");

    public static readonly LocalText UnknownLevel = LocalText.Of("must be year, quarter, month, week or day, not '{0}'", "必须是 year、quarter、month、week 或 day，而不是“{0}”");

    public static readonly LocalText UnknownStatus = LocalText.Of("must be draft or active, not '{0}'", "必须是 draft 或 active，而不是“{0}”");

    public static readonly LocalText WeightsCount = LocalText.Of("needs 12 monthly weights (January first), not {0}", "需要 12 个月度权重（从一月开始），而不是 {0} 个");

    public static readonly LocalText WeightsAllZero = LocalText.Of("at least one monthly weight must be greater than 0", "至少一个月度权重必须大于 0");

    public static readonly LocalText UnknownDay = LocalText.Of("must be a day of the week (monday … sunday), not '{0}'", "必须是星期几（monday … sunday），而不是“{0}”");

    public static readonly LocalText HolidayAndWorkingDay = LocalText.Of("{0} is both a holiday and a working day", "{0} 既是节假日又是工作日");

    public static readonly LocalText DateOutsideYear = LocalText.Of("{0} is outside the plan's year {1}", "{0} 不在规划年度 {1} 内");

    public static readonly LocalText UnknownDimension = LocalText.Of("must be productLine, region or segment, not '{0}'", "必须是 productLine、region 或 segment，而不是“{0}”");

    public static readonly LocalText DimensionTwice = LocalText.Of("{0} is already split above; split each dimension once", "{0} 已在上层分解；每个维度只能分解一次");

    public static readonly LocalText UnknownDimensionValue = LocalText.Of("'{0}' is not a {1} value; one of: {2}", "“{0}”不是{1}的取值；可选：{2}");

    public static readonly LocalText DuplicateValue = LocalText.Of("'{0}' appears more than once", "“{0}”出现了多次");

    public static readonly LocalText NoEntries = LocalText.Of("needs at least one entry", "至少需要一项");

    public static readonly LocalText TeamSharesAllOrNone = LocalText.Of(
        "give a share to every team or to none (then the reps' capacity decides)",
        "要么为每个团队都指定份额，要么都不指定（此时按销售代表的产能分配）");

    public static readonly LocalText RepInTwoTeams = LocalText.Of(
        "{0} is also a rep of team '{1}': a rep carries one quota",
        "{0} 也是团队“{1}”的销售代表：每位销售代表只能承担一个指标");

    public static readonly LocalText NoCapacity = LocalText.Of(
        "no capacity left to split on (every rep has capacity 0 or joins after the year)",
        "没有可分配的产能（所有销售代表的产能为 0 或在年度之后入职）");

    public static readonly LocalText NotEmail = LocalText.Of("must be the user's primary e-mail, not '{0}'", "必须是用户的主电子邮件，而不是“{0}”");

    public static readonly LocalText LockedLevelsNote = LocalText.Of(
        "Year and Quarter goals lock once active whatever the plan says (organization lock policy)",
        "无论规划如何设置，年度和季度目标一旦生效即被锁定（组织锁定策略）");

    public static readonly LocalText XlsxMissingSheet = LocalText.Of("the workbook has no sheet '{0}'", "工作簿中没有名为“{0}”的工作表");

    public static readonly LocalText XlsxHeader = LocalText.Of("the header must be '{0}'", "表头必须是“{0}”");

    public static readonly LocalText UnknownRepTeam = LocalText.Of("team '{0}' is not on sheet Teams", "团队“{0}”不在 Teams 工作表中");

    // Preview and apply output
    public static readonly LocalText TreeTitle = LocalText.Of(
        "{0}: {1} goals ({2} leaves), depth {3}",
        "{0}：共 {1} 个目标（{2} 个末级目标），分解到 {3}");

    public static readonly LocalText TotalsOk = LocalText.Of(
        "Rolled-up totals checked: every parent's base, target and stretch equal the sum of its children ({0} parents).",
        "汇总已校验：每个上级目标的基础、挑战和超越目标均等于其下级之和（共 {0} 个上级目标）。");

    public static readonly LocalText TotalsWrong = LocalText.Of(
        "{0}: children sum to {1}, the goal is {2}",
        "{0}：下级合计 {1}，目标为 {2}");

    public static readonly LocalText Locked = LocalText.Of("locked", "锁定");

    public static readonly LocalText Flexible = LocalText.Of("flexible", "灵活");

    public static readonly LocalText MaxNodesNote = LocalText.Of(
        "(showing {0} of {1} goals; use --max-nodes to see more)",
        "（显示 {1} 个目标中的 {0} 个；使用 --max-nodes 查看更多）");

    public static readonly LocalText MaxNodesDescription = LocalText.Of(
        "Goals printed at most (the totals check covers all).",
        "最多打印的目标数（汇总校验覆盖全部目标）。");

    public static readonly LocalText UnknownUser = LocalText.Of("no enabled Dataverse user has the e-mail '{0}'", "Dataverse 中没有主电子邮件为“{0}”的已启用用户");

    public static readonly LocalText UnknownTeam = LocalText.Of("no Dataverse team is named '{0}'", "Dataverse 中没有名为“{0}”的团队");

    public static readonly LocalText UnknownMetricInOrg = LocalText.Of("no active sg_metric row has the code '{0}'", "没有代码为“{0}”的 sg_metric 记录");

    public static readonly LocalText UnknownCurrency = LocalText.Of("the currency '{0}' is not set up in Dataverse", "Dataverse 中未设置货币“{0}”");

    public static readonly LocalText Applied = LocalText.Of(
        "Applied: {0} created, {1} updated, {2} unchanged.",
        "已应用：新建 {0} 个，更新 {1} 个，未变化 {2} 个。");

    public static readonly LocalText NothingChanged = LocalText.Of(
        "Nothing to change: Dataverse already holds this plan ({0} goals).",
        "无需更改：Dataverse 中已是此规划（{0} 个目标）。");

    public static readonly LocalText RemoveMissingDescription = LocalText.Of(
        "Deactivate the goals below the plan's goals that the edited plan no longer has (in the same transaction). Refused, with nothing written, while one of them is locked (it needs an adjustment request) or has ledger rows counted toward it. Without this option they are kept and listed.",
        "停用编辑后的规划中已不存在、位于规划目标之下的目标（在同一事务中）。若其中有已锁定的目标（需提交目标调整申请）或已有业绩记录计入，则拒绝且不写入任何数据。不使用此选项时，这些目标保留并列出。");

    public static readonly LocalText RemovedKept = LocalText.Of(
        "{0} goal(s) in Dataverse are no longer in the plan; they were kept as they are (deactivate them with --remove-missing):",
        "Dataverse 中有 {0} 个目标已不在规划中；已原样保留（使用 --remove-missing 可停用）：");

    public static readonly LocalText RemovedDeactivated = LocalText.Of(
        "{0} goal(s) no longer in the plan were deactivated:",
        "已停用 {0} 个不再在规划中的目标：");

    public static readonly LocalText RemovedPath = LocalText.Of("Goal (path)", "目标（路径）");

    public static readonly LocalText RemovedState = LocalText.Of("Now", "现状");

    public static readonly LocalText RemovedStateKept = LocalText.Of("kept", "保留");

    public static readonly LocalText RemovedStateDeactivated = LocalText.Of("deactivated", "已停用");

    public static readonly LocalText RemovedLocked = LocalText.Of("locked", "已锁定");

    public static readonly LocalText RemovedLedger = LocalText.Of("Ledger rows", "业绩记录");

    public static readonly LocalText ApplyRefused = LocalText.Of(
        "Nothing was written. Dataverse refused the plan:",
        "未写入任何数据。Dataverse 拒绝了该规划：");

    public static readonly LocalText SliceDone = LocalText.Of(
        "Slice {0} committed: {1} goal(s) written, {2} activated so far (of {3}).",
        "第 {0} 片已提交：已写入 {1} 个目标，已激活 {2} 个（共 {3} 个）。");

    public static readonly LocalText ApplyStopped = LocalText.Of(
        "The apply stopped after {0} committed slice(s): the plan is not fully applied (its top goal is activated last, so it is still Draft). Run the same command again: it resumes where this one stopped and writes nothing twice.",
        "应用在已提交 {0} 片后停止：规划尚未完全应用（其顶层目标最后激活，因此仍为草稿）。请再次运行同一命令：它会从停止处继续，不会重复写入。");

    public static readonly LocalText RecalculationStopped = LocalText.Of(
        "The plan is applied, but counting the records that already exist stopped: the top goal keeps its recalculation state (Recalculating), and calling sg_RecalculateGoal for it (a \"recalculate-goal\" message to the worker) resumes it:",
        "规划已应用，但计入已有记录中途停止：顶层目标保留其重新计算状态（计算中），对其调用 sg_RecalculateGoal（向工作进程发送 \"recalculate-goal\" 消息）即可继续：");

    public static readonly LocalText Recalculated = LocalText.Of(
        "Counted the records that already exist: {0} recalculation slice(s); the top goal's actual is {1:N2}.",
        "已计入已有记录：重新计算 {0} 片；顶层目标的实际值为 {1:N2}。");
}
