using System;

namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>Where alerts go besides the in-app notification: an optional Teams webhook (one message per notice).</summary>
public sealed class AlertDeliveryOptions
{
    /// <summary>The Teams incoming-webhook URL; null = in-app notifications only. A secret: keep it in the environment.</summary>
    public Uri? TeamsWebhookUrl { get; set; }

    /// <summary>How long an in-app notification stays (appnotification.ttlinseconds).</summary>
    public TimeSpan NotificationLifetime { get; set; } = TimeSpan.FromDays(14);

    public int MaxRetryAttempts { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}
