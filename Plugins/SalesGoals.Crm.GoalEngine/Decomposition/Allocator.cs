using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace SalesGoals.Crm.GoalEngine.Decomposition;

/// <summary>
/// Splits a total by weights with the largest-remainder method at a given precision (2 for most
/// currencies, 0 for counts). The arithmetic is exact (integers), so the parts always sum to the
/// total; equal remainders go to the earlier child (goals.md §2).
/// </summary>
public static class Allocator
{
    public const int MaxPrecision = 10;

    public static decimal[] Allocate(decimal total, IReadOnlyList<decimal> weights, int precision)
    {
        if (precision < 0 || precision > MaxPrecision)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, $"Precision must be 0..{MaxPrecision} decimal places.");
        }

        if (weights.Count == 0)
        {
            throw new ArgumentException("There is nothing to split into: no children were given.", nameof(weights));
        }

        if (weights.Any(w => w < 0m))
        {
            throw new ArgumentException("Split weights cannot be negative.", nameof(weights));
        }

        var units = ToUnits(Math.Abs(total), precision, nameof(total));
        var numerators = ToCommonScale(weights);
        var weightSum = numerators.Aggregate(BigInteger.Zero, (sum, w) => sum + w);
        if (weightSum.IsZero)
        {
            throw new ArgumentException("All split weights are zero, so there is no basis for a split (e.g. a period without working days).", nameof(weights));
        }

        var parts = new BigInteger[weights.Count];
        var remainders = new BigInteger[weights.Count];
        var left = units;
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = BigInteger.DivRem(units * numerators[i], weightSum, out remainders[i]);
            left -= parts[i];
        }

        var order = Enumerable.Range(0, parts.Length)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .Take((int)left);
        foreach (var i in order)
        {
            parts[i] += BigInteger.One;
        }

        var negative = total < 0m;
        return parts.Select(p => FromUnits(p, precision, negative)).ToArray();
    }

    /// <summary>Rounds an amount to the precision, halves away from zero (how the amounts are shown).</summary>
    public static decimal RoundTo(decimal amount, int precision) =>
        Math.Round(amount, precision, MidpointRounding.AwayFromZero);

    private static BigInteger ToUnits(decimal amount, int precision, string parameter)
    {
        var scaled = amount * Pow10(precision);
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException(
                $"{amount} has more than {precision} decimal places; round it to the currency's precision before splitting.",
                parameter);
        }

        return new BigInteger(decimal.Truncate(scaled));
    }

    private static BigInteger[] ToCommonScale(IReadOnlyList<decimal> weights)
    {
        var mantissas = new BigInteger[weights.Count];
        var scales = new int[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var bits = decimal.GetBits(weights[i]);
            scales[i] = (bits[3] >> 16) & 0xFF;
            mantissas[i] = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
        }

        var maxScale = scales.Max();
        for (var i = 0; i < mantissas.Length; i++)
        {
            mantissas[i] *= BigInteger.Pow(10, maxScale - scales[i]);
        }

        return mantissas;
    }

    private static decimal FromUnits(BigInteger units, int precision, bool negative)
    {
        var bytes = units.ToByteArray();
        var padded = new byte[16];
        Array.Copy(bytes, padded, Math.Min(bytes.Length, 12));
        var lo = BitConverter.ToInt32(padded, 0);
        var mid = BitConverter.ToInt32(padded, 4);
        var hi = BitConverter.ToInt32(padded, 8);
        return new decimal(lo, mid, hi, negative && !units.IsZero, (byte)precision);
    }

    private static decimal Pow10(int precision)
    {
        var result = 1m;
        for (var i = 0; i < precision; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
