using SalesGoals.Crm.Cli.Localization;

namespace SalesGoals.Crm.Cli.Mappings;

internal static class MappingsTexts
{
    public static readonly LocalText Description = LocalText.Of(
        "Field, value and user mappings of Zoho CRM and Fenxiang (rows of sg_fieldmapping, sg_valuemapping, sg_usermapping).",
        "Zoho CRM 与纷享销客的字段、取值和用户映射（sg_fieldmapping、sg_valuemapping、sg_usermapping 的记录）。");

    public static readonly LocalText ListDescription = LocalText.Of("Lists the mapping rows in Dataverse, per system.", "按系统列出 Dataverse 中的映射记录。");

    public static readonly LocalText ExportDescription = LocalText.Of(
        "Writes one system's mapping from Dataverse as a mapping file (JSON, version 1).",
        "将某个系统在 Dataverse 中的映射导出为映射文件（JSON，版本 1）。");

    public static readonly LocalText ImportDescription = LocalText.Of(
        "Checks a mapping file and writes its rows into Dataverse (created or updated by their keys; rows not in the file are kept).",
        "校验映射文件并将其记录写入 Dataverse（按键新建或更新；文件中没有的记录保留不变）。");

    public static readonly LocalText ValidateDescription = LocalText.Of(
        "Checks a mapping file and lists every problem; writes nothing.",
        "校验映射文件并列出所有问题；不写入任何数据。");

    public static readonly LocalText SystemOption = LocalText.Of("zoho or fenxiang.", "zoho 或 fenxiang。");

    public static readonly LocalText FileArgument = LocalText.Of("The mapping file (JSON).", "映射文件（JSON）。");

    public static readonly LocalText BadSystem = LocalText.Of("--system must be zoho or fenxiang, not '{0}'.", "--system 只能是 zoho 或 fenxiang，而不是“{0}”。");

    public static readonly LocalText FileMissing = LocalText.Of("The mapping file {0} does not exist.", "映射文件 {0} 不存在。");

    public static readonly LocalText Problems = LocalText.Of("The mapping file has {0} problem(s):", "映射文件有 {0} 个问题：");

    public static readonly LocalText Valid = LocalText.Of("The {0} mapping is valid: {1} object(s), {2} user(s).", "{0} 映射有效：{1} 个对象，{2} 个用户。");

    public static readonly LocalText Exported = LocalText.Of("Written: {0}", "已写入：{0}");

    public static readonly LocalText Imported = LocalText.Of(
        "Imported into Dataverse: {0} field, {1} value and {2} user mapping row(s).",
        "已导入 Dataverse：字段映射 {0} 行，取值映射 {1} 行，用户映射 {2} 行。");

    public static readonly LocalText System = LocalText.Of("System", "系统");

    public static readonly LocalText Fields = LocalText.Of("Field rows", "字段映射行");

    public static readonly LocalText Values = LocalText.Of("Value rows", "取值映射行");

    public static readonly LocalText Users = LocalText.Of("User rows", "用户映射行");
}
