using System;
using SalesGoals.Crm.Integration.Mapping.Validation;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>How the adapter reads deals and writes goals.</summary>
public sealed class FenxiangAdapterOptions
{
    public const string SectionName = "Fenxiang:Adapter";

    /// <summary>IANA id of the tenant's time zone: dates are epoch ms of midnight there.</summary>
    public string TenantTimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>
    /// A read covers records modified up to now minus this allowance, never later: a record changed while
    /// the read walks the _id cursor gets a newer last_modified_time, falls out of the window and is read
    /// by the next poll instead of being missed. It also absorbs clock skew between us and Fenxiang.
    /// </summary>
    public TimeSpan ReadSettleTime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Rows per query page (at most 100).</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Goal rows written at once (the client's concurrency cap still applies).</summary>
    public int WriteParallelism { get; set; } = 4;

    /// <summary>Extra rounds for rows whose write failed with a transient error; each round re-reads
    /// their keys first, so a create that ran before its answer was lost becomes an update.</summary>
    public int WriteRetryRounds { get; set; } = 1;

    /// <summary>Also write monthly targets to Fenxiang's own goal module (GoalValueObj). Whether that object
    /// is writable through the OpenAPI is undocumented (unverified); off by default.</summary>
    public bool WriteMonthlyTargetsToGoalValueObj { get; set; }

    /// <summary>The GoalRuleObj id monthly targets belong to (needed with <see cref="WriteMonthlyTargetsToGoalValueObj"/>).</summary>
    public string? GoalRuleId { get; set; }

    /// <summary>The custom object goal alerts are written to as tasks for reps (the admin creates it with
    /// alert_key__c unique, due_date__c, status__c open/done and content__c; see FenxiangAlertTaskWriter).</summary>
    public string AlertTaskObject { get; set; } = "goal_alert_task__c";

    /// <summary>Dataverse facts the mapping is checked against (option values, users, currencies).</summary>
    public MappingValidationContext ValidationContext { get; set; } = MappingValidationContext.None;
}
