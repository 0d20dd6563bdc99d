namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>What one delivery run did: notices sent, in-app notifications written, Teams messages posted, alerts skipped as stale.</summary>
public sealed record AlertDeliveryResult(int Notices, int Notifications, int TeamsMessages, int Stale);
