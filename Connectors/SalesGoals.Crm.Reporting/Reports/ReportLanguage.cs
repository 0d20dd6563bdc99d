namespace SalesGoals.Crm.Reporting.Reports;

/// <summary>The language of a report's labels and of an alert's text.</summary>
public enum ReportLanguage
{
    English = 0,
    Chinese = 1,
}
