using System.Collections.Generic;

namespace SalesGoals.Crm.Fenxiang.Emulator.Schema;

/// <summary>The objects a fresh emulated tenant has. Option values are the tenant's own codes: the
/// connector must read them from describe, so tests may pick any.</summary>
public static class DefaultSchemas
{
    /// <summary>sales_status options of a typical tenant (stored codes unverified upstream).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> SalesStatusOptions { get; } =
    [
        new("1", "进行中"), new("2", "赢单"), new("3", "输单"), new("4", "无效"),
    ];

    public static ObjectSchema Account() => new("AccountObj", "客户",
    [
        new FieldSchema("tel", FieldTypes.Text, "电话"),
        new FieldSchema("account_level", FieldTypes.SelectOne, "客户级别", Options: [new("A", "重要客户"), new("B", "普通客户")]),
    ]);

    public static ObjectSchema NewOpportunity(IReadOnlyList<KeyValuePair<string, string>>? salesStatusOptions = null) =>
        new("NewOpportunityObj", "商机2.0",
        [
            new FieldSchema("amount", FieldTypes.Currency, "商机金额"),
            new FieldSchema("close_date", FieldTypes.Date, "预计成交日期"),
            new FieldSchema("account_id", FieldTypes.ObjectReference, "客户名称", ReferenceTarget: "AccountObj"),
            new FieldSchema("sales_process_id", FieldTypes.Text, "商机流程"),
            new FieldSchema("sales_stage", FieldTypes.SelectOne, "阶段", Options:
            [
                new("stage_1", "初步接洽"), new("stage_2", "需求确认"), new("stage_3", "方案报价"), new("stage_4", "谈判审核"), new("stage_5", "赢单"),
            ]),
            new FieldSchema("sales_status", FieldTypes.SelectOne, "阶段状态", Options: salesStatusOptions ?? SalesStatusOptions),
            new FieldSchema("probability", FieldTypes.Percentile, "赢率"),
            new FieldSchema("probability_amount", FieldTypes.Currency, "预测金额"),
            new FieldSchema("region__c", FieldTypes.SelectOne, "区域", Options: [new("east", "华东"), new("north", "华北"), new("south", "华南")]),
        ]);

    /// <summary>The custom goal object an admin creates; pass fewer fields to model an incomplete tenant.</summary>
    public static ObjectSchema SalesGoal(string apiName = "sales_goal__c", IEnumerable<FieldSchema>? fields = null) =>
        new(apiName, "销售目标", fields ?? SalesGoalFields());

    public static IReadOnlyList<FieldSchema> SalesGoalFields() =>
    [
        new FieldSchema("goal_id__c", FieldTypes.Text, "Dataverse 目标 ID", IsRequired: true, IsUnique: true),
        new FieldSchema("period_type__c", FieldTypes.Text, "周期类型"),
        new FieldSchema("period_start__c", FieldTypes.Date, "开始日期"),
        new FieldSchema("period_end__c", FieldTypes.Date, "结束日期"),
        new FieldSchema("metric__c", FieldTypes.Text, "指标"),
        new FieldSchema("currency__c", FieldTypes.Text, "币种"),
        new FieldSchema("target__c", FieldTypes.Currency, "目标值"),
        new FieldSchema("actual__c", FieldTypes.Currency, "实际值"),
        new FieldSchema("attainment__c", FieldTypes.Percentile, "完成率"),
        new FieldSchema("expected__c", FieldTypes.Currency, "应完成"),
        new FieldSchema("pace_status__c", FieldTypes.SelectOne, "进度状态", Options:
        [
            new("on_track", "正常"), new("behind", "落后"), new("at_risk", "风险"), new("achieved", "已完成"),
        ]),
        new FieldSchema("tier__c", FieldTypes.Text, "档位"),
        new FieldSchema("computed_on__c", FieldTypes.DateTime, "计算时间"),
    ];

    /// <summary>The custom object an admin creates for goal-alert follow-up tasks (Fenxiang's OpenAPI documents no task
    /// object): the connector finds a task by alert_key__c and updates it, else creates it.</summary>
    public static ObjectSchema AlertTask(string apiName = "goal_alert_task__c") => new(apiName, "目标预警跟进任务",
    [
        new FieldSchema("alert_key__c", FieldTypes.Text, "预警 ID", IsRequired: true, IsUnique: true),
        new FieldSchema("due_date__c", FieldTypes.Date, "截止日期"),
        new FieldSchema("status__c", FieldTypes.SelectOne, "状态", Options: [new("open", "待跟进"), new("done", "已完成")]),
        new FieldSchema("content__c", FieldTypes.LongText, "跟进内容"),
    ]);

    /// <summary>Fenxiang's goal-value object (目标值); not defined by default because its OpenAPI writability is unverified.</summary>
    public static ObjectSchema GoalValue() => new("GoalValueObj", "目标值",
    [
        new FieldSchema("goal_type", FieldTypes.SelectOne, "目标类型", Options: [new("1", "部门"), new("2", "人员")]),
        new FieldSchema("check_object_id", FieldTypes.Text, "考核对象"),
        new FieldSchema("goal_rule_id", FieldTypes.Text, "目标规则"),
        new FieldSchema("fiscal_year", FieldTypes.Text, "财年"),
        new FieldSchema("annual_value", FieldTypes.Currency, "年度目标"),
        new FieldSchema("january_value", FieldTypes.Currency), new FieldSchema("february_value", FieldTypes.Currency),
        new FieldSchema("march_value", FieldTypes.Currency), new FieldSchema("april_value", FieldTypes.Currency),
        new FieldSchema("may_value", FieldTypes.Currency), new FieldSchema("june_value", FieldTypes.Currency),
        new FieldSchema("july_value", FieldTypes.Currency), new FieldSchema("august_value", FieldTypes.Currency),
        new FieldSchema("september_value", FieldTypes.Currency), new FieldSchema("october_value", FieldTypes.Currency),
        new FieldSchema("november_value", FieldTypes.Currency), new FieldSchema("december_value", FieldTypes.Currency),
    ]);
}
