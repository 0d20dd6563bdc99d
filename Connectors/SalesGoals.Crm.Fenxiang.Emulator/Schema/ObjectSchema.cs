using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Fenxiang.Emulator.Schema;

/// <summary>An emulated object's describe. Custom objects (apiName ending __c) live on the custom path family.</summary>
public sealed class ObjectSchema
{
    private readonly Dictionary<string, FieldSchema> _fields = new(StringComparer.Ordinal);

    public ObjectSchema(string apiName, string displayName, IEnumerable<FieldSchema> fields)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiName);
        ArgumentNullException.ThrowIfNull(fields);
        ApiName = apiName;
        DisplayName = displayName;
        foreach (var field in SystemFields.Concat(fields))
        {
            _fields[field.ApiName] = field;
        }
    }

    public string ApiName { get; }

    public string DisplayName { get; }

    public bool IsCustom => ApiName.EndsWith("__c", StringComparison.Ordinal);

    public IReadOnlyCollection<FieldSchema> Fields => _fields.Values;

    /// <summary>Fields every object has; owner is required unless the caller overrides it.</summary>
    public static IReadOnlyList<FieldSchema> SystemFields { get; } =
    [
        new("_id", FieldTypes.Text, "ID", IsSystem: true),
        new("name", FieldTypes.Text, "名称", IsRequired: true),
        new("owner", FieldTypes.Employee, "负责人", IsRequired: true),
        new("owner_department", FieldTypes.Text, "负责人主属部门", IsSystem: true),
        new("created_by", FieldTypes.Employee, "创建人", IsSystem: true),
        new("last_modified_by", FieldTypes.Employee, "最后修改人", IsSystem: true),
        new("create_time", FieldTypes.DateTime, "创建时间", IsSystem: true),
        new("last_modified_time", FieldTypes.DateTime, "最后修改时间", IsSystem: true),
        new("life_status", FieldTypes.SelectOne, "生命状态", IsSystem: true, Options:
        [
            new("ineffective", "未生效"), new("under_review", "审核中"), new("normal", "正常"),
            new("in_change", "变更中"), new("invalid", "作废"),
        ]),
        new("lock_status", FieldTypes.SelectOne, "锁定状态", IsSystem: true, Options: [new("0", "未锁定"), new("1", "锁定")]),
        new("is_deleted", FieldTypes.TrueOrFalse, "是否删除", IsSystem: true),
        new("record_type", FieldTypes.Text, "业务类型", IsSystem: true),
    ];

    public FieldSchema? Field(string apiName) => _fields.GetValueOrDefault(apiName);

    /// <summary>Adds or replaces a field (tenants customise their objects).</summary>
    public void SetField(FieldSchema field)
    {
        ArgumentNullException.ThrowIfNull(field);
        _fields[field.ApiName] = field;
    }

    public bool RemoveField(string apiName) => _fields.Remove(apiName);
}
