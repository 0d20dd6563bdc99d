namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>Which window a completion report compares: the ISO week (周报) or the calendar month (月报) of its date.</summary>
public enum ReportKind
{
    Weekly = 0,
    Monthly = 1,
}
