using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.GoalEngine.Calendars;

/// <summary>
/// One non-negative weight per calendar month (January first), e.g. building materials peak in
/// March–May. Only the ratios matter. Immutable, so tables built from it can be cached.
/// </summary>
public sealed class SeasonalityProfile
{
    private readonly decimal[] _weights;

    public SeasonalityProfile(string id, IEnumerable<decimal> monthlyWeights)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A seasonality profile needs an id.", nameof(id));
        }

        _weights = monthlyWeights.ToArray();
        if (_weights.Length != 12)
        {
            throw new ArgumentException($"Profile '{id}' has {_weights.Length} weights; it needs one per month (12).", nameof(monthlyWeights));
        }

        if (_weights.Any(w => w < 0m))
        {
            throw new ArgumentException($"Profile '{id}' has a negative weight; weights must be 0 or more.", nameof(monthlyWeights));
        }

        if (_weights.All(w => w == 0m))
        {
            throw new ArgumentException($"Profile '{id}' has only zero weights.", nameof(monthlyWeights));
        }

        Id = id;
    }

    public string Id { get; }

    /// <summary>Weight 1 for every month: no seasonality.</summary>
    public static SeasonalityProfile Flat { get; } = new("flat", Enumerable.Repeat(1m, 12));

    public IReadOnlyList<decimal> Weights => _weights;

    public decimal WeightOf(int month) => _weights[month - 1];
}
