namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>Why an at-risk alert was resolved (sg_goalalert.sg_resolution): the goal got back on track, or its period ended
/// while it was still at risk and the daily sweep closed it. A row resolved before the column existed reads as back on track.</summary>
public enum AlertResolution
{
    BackOnTrack = 0,
    PeriodEnded = 1,
}
