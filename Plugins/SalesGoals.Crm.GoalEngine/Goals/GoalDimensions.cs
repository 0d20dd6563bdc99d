using System;

namespace SalesGoals.Crm.GoalEngine.Goals;

/// <summary>
/// Optional scope filters (ids or codes as strings). Null means "any". Values compare
/// case-insensitively, as codes typed by people do.
/// </summary>
public sealed record GoalDimensions(string? ProductLine = null, string? Region = null, string? Segment = null)
{
    public static GoalDimensions None { get; } = new();

    public string? ValueOf(DimensionKind kind) => kind switch
    {
        DimensionKind.ProductLine => ProductLine,
        DimensionKind.Region => Region,
        DimensionKind.Segment => Segment,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown dimension."),
    };

    public GoalDimensions With(DimensionKind kind, string? value) => kind switch
    {
        DimensionKind.ProductLine => this with { ProductLine = value },
        DimensionKind.Region => this with { Region = value },
        DimensionKind.Segment => this with { Segment = value },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown dimension."),
    };

    public bool SameAs(GoalDimensions other) =>
        Same(ProductLine, other.ProductLine) && Same(Region, other.Region) && Same(Segment, other.Segment);

    internal static bool Same(string? a, string? b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    internal static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
