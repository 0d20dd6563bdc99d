using System;
using System.Globalization;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>Stores a <see cref="SyncWatermark"/> in sg_syncstate.sg_watermark as "instant|last id".</summary>
public static class WatermarkCodec
{
    public static string Format(SyncWatermark watermark)
    {
        ArgumentNullException.ThrowIfNull(watermark);
        return watermark.ModifiedAfter.ToString("O", CultureInfo.InvariantCulture) + "|" + watermark.LastId;
    }

    /// <summary>The stored watermark, or the beginning when none is stored yet.</summary>
    public static SyncWatermark Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SyncWatermark.Beginning;
        }

        var separator = text.IndexOf('|', StringComparison.Ordinal);
        var instantText = separator < 0 ? text : text[..separator];
        if (!DateTimeOffset.TryParseExact(instantText, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            throw new FormatException($"Stored watermark '{text}' is not '<ISO 8601 instant>|<last id>'.");
        }

        var lastId = separator < 0 || separator == text.Length - 1 ? null : text[(separator + 1)..];
        return new SyncWatermark(instant, lastId);
    }

    /// <summary>The later of two watermarks (by instant, then last id), so a slow pull never moves a faster one's back.</summary>
    public static SyncWatermark Later(SyncWatermark first, SyncWatermark second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var byInstant = first.ModifiedAfter.CompareTo(second.ModifiedAfter);
        if (byInstant != 0)
        {
            return byInstant > 0 ? first : second;
        }

        return string.CompareOrdinal(first.LastId, second.LastId) >= 0 ? first : second;
    }
}
