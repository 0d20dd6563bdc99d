namespace SalesGoals.Crm.GoalEngine.Metrics;

/// <summary>
/// The summable parts of a metric. Amounts and counts use only the numerator; a ratio keeps both
/// parts so parents add parts and divide once (a ratio is never summed).
/// </summary>
public readonly record struct MetricTotals(decimal Numerator, decimal Denominator)
{
    public static MetricTotals Zero => default;

    public bool IsZero => Numerator == 0m && Denominator == 0m;

    /// <summary>The metric's value: the numerator, or numerator / denominator for a ratio (null without a denominator).</summary>
    public decimal? ValueFor(MetricKind kind)
    {
        if (kind != MetricKind.Ratio)
        {
            return Numerator;
        }

        return Denominator == 0m ? null : Numerator / Denominator;
    }

    public static MetricTotals operator +(MetricTotals left, MetricTotals right) =>
        new(left.Numerator + right.Numerator, left.Denominator + right.Denominator);

    public static MetricTotals operator -(MetricTotals left, MetricTotals right) =>
        new(left.Numerator - right.Numerator, left.Denominator - right.Denominator);

    public static MetricTotals operator -(MetricTotals value) => new(-value.Numerator, -value.Denominator);
}
