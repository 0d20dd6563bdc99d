using System;

namespace SalesGoals.Crm.Worker.Alerts;

/// <summary>The <c>Alerts</c> section: whether this worker tells people about goal alerts, how often it looks for
/// alerts that owe a notice, and the optional Teams webhook.</summary>
public sealed class AlertWorkerOptions
{
    public const string SectionName = "Alerts";

    public bool Enabled { get; set; } = true;

    /// <summary>How often pending alerts are looked for (each owed notice becomes one queued message).</summary>
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Days after the delivery the rep's CRM task is due (never after the goal's period end, never before today).</summary>
    public int TaskDueInDays { get; set; } = 2;

    /// <summary>A Teams incoming-webhook URL (a secret: from the environment, Alerts__TeamsWebhookUrl); empty = none.</summary>
    public Uri? TeamsWebhookUrl { get; set; }
}
