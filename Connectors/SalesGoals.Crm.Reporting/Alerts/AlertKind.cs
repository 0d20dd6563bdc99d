namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>sg_goalalert.sg_kind.</summary>
public enum AlertKind
{
    AtRisk = 0,
    Achieved = 1,
    Stretch = 2,
}
