using System.Globalization;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.Reporting.Reports;

namespace SalesGoals.Crm.Reporting.Tests.Reports;

[TestClass]
public sealed class ReportCellsTests
{
    [TestMethod]
    [DataRow(MetricCodes.WonRevenue, ReportColumn.ExpectedToDate, "862533.7", "862,533.70")]
    [DataRow(MetricCodes.WonRevenue, ReportColumn.Target, "3000000", "3,000,000.00")]
    [DataRow(MetricCodes.WonDealCount, ReportColumn.Actual, "1200", "1,200")]
    [DataRow(MetricCodes.WonRevenue, ReportColumn.Attainment, "0.7", "0.70")]
    public void DisplayFormat_Column_AmountsTwoDecimalsCountsWholePercentTwoDecimals(string metric, ReportColumn column, string value, string expected)
    {
        var line = new ReportLine { MetricCode = metric };

        var text = decimal.Parse(value, CultureInfo.InvariantCulture).ToString(ReportCells.DisplayFormat(line, column), CultureInfo.InvariantCulture);

        Assert.AreEqual(expected, text);
    }
}
