using System;

namespace SalesGoals.Crm.Fenxiang.Emulator;

/// <summary>How the emulated enterprise and gateway behave. Credentials here are test placeholders.</summary>
public sealed class FenxiangEmulatorOptions
{
    /// <summary>Clock for token lifetimes, rate windows and server-maintained times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public string AppId { get; init; } = "FSAID_EMULATOR";

    public string AppSecret { get; init; } = "0123456789abcdef0123456789abcdef";

    public string PermanentCode { get; init; } = "0123456789ABCDEF0123456789ABCDEF";

    /// <summary>Enterprise account (<c>ea</c>) for header authentication.</summary>
    public string EnterpriseAccount { get; init; } = "fs000001";

    /// <summary>Enterprise id for legacy body authentication.</summary>
    public string CorpId { get; init; } = "FSCID_00000000000000000000000000000001";

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromSeconds(7200);

    /// <summary>Asking again within this window returns the same token.</summary>
    public TimeSpan TokenReuseWindow { get; init; } = TimeSpan.FromSeconds(6600);

    /// <summary>Token calls allowed per minute (about 10 upstream).</summary>
    public int TokenCallsPerMinute { get; init; } = 10;

    /// <summary>How long issuing a token takes, so that overlapping token calls can be seen and refused.</summary>
    public TimeSpan TokenIssueDelay { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Per-endpoint limit (100 calls per 20 s upstream); breaches answer 14001.</summary>
    public bool RateLimitEnabled { get; init; } = true;

    public int RateLimitCalls { get; init; } = 100;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>API calls per day (reset at midnight, China time); null = unlimited. Breach answers 30002.</summary>
    public long? DailyQuota { get; init; }

    /// <summary>Define AccountObj, NewOpportunityObj, sales_goal__c and goal_alert_task__c at start.</summary>
    public bool DefineDefaultObjects { get; init; } = true;
}
