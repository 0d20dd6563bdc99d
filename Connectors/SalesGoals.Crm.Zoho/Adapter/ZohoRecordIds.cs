using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Orders Zoho record ids (long digit strings) numerically without parsing them.</summary>
public sealed class ZohoRecordIds : IComparer<string?>
{
    public static ZohoRecordIds Comparer { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
    }

    /// <summary>True when (modified, id) comes after the watermark position.</summary>
    public static bool IsAfter(DateTimeOffset modified, string id, DateTimeOffset watermark, string? watermarkId)
    {
        var byTime = modified.CompareTo(watermark);
        return byTime > 0 || (byTime == 0 && watermarkId is not null && Comparer.Compare(id, watermarkId) > 0);
    }
}
