using System;
using System.Collections.Generic;
using System.Globalization;

namespace SalesGoals.Crm.Sandbox;

/// <summary>
/// <c>--deals-week yyyy-Www</c>: a working week (ISO week, Monday to Friday) of won deals for the example plan's reps —
/// opportunities won in Dataverse with a product line (through <c>WinOpportunity</c>, so the plug-ins count them), and
/// won deals in Zoho and Fenxiang (pulled by the sandbox's cycle, as the worker pulls them).
/// </summary>
public static class WeekOfDeals
{
    /// <summary>sg_productlines option values.</summary>
    public const int Hardware = 100_000_000;
    public const int Software = 100_000_001;
    public const int Services = 100_000_002;

    /// <summary>Dataverse wins: day of the week (0 Monday), owner e-mail, name, amount in CNY, product line.</summary>
    public static readonly (int Day, string Owner, string Name, decimal Amount, int ProductLine)[] DataverseWins =
    [
        (0, "wang.fang", "Suzhou Bank · core upgrade", 180_000m, Software),
        (0, "chen.jie", "Xiamen Port · scanners", 95_000m, Hardware),
        (1, "li.lei", "Wuxi Textiles · rollout services", 60_000m, Services),
        (1, "liu.yang", "Guangzhou Metro · analytics", 120_000m, Software),
        (2, "zhao.min", "Ningbo Mould · terminals", 45_000m, Hardware),
        (3, "wang.fang", "Hangzhou Grid · edge servers", 210_000m, Hardware),
        (3, "chen.jie", "Shenzhen Retail · POS software", 150_000m, Software),
        (4, "li.lei", "Nanjing Clinic · scheduling", 88_000m, Software),
    ];

    /// <summary>Zoho wins (CNY): day, owner e-mail, name, amount.</summary>
    public static readonly (int Day, string Owner, string Name, decimal Amount)[] ZohoWins =
    [
        (2, "li.na", "Qingdao Brewery · renewal", 66_000m),
        (4, "wang.fang", "Shaoxing Dye · support plan", 52_000m),
    ];

    /// <summary>Fenxiang wins (CNY): day, owner e-mail, name, amount.</summary>
    public static readonly (int Day, string Owner, string Name, decimal Amount)[] FenxiangWins =
    [
        (1, "chen.jie", "佛山陶瓷 · 产线改造", 73_000m),
        (3, "liu.yang", "东莞电子 · 仓储系统", 99_000m),
    ];

    /// <summary>Reads <c>yyyy-Www</c> (e.g. 2026-W48) as the Monday of that ISO week; null when it is not one.</summary>
    public static DateOnly? ParseWeek(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is < 7 or > 8 || text[4] != '-' || char.ToUpperInvariant(text[5]) != 'W'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || year is < 2000 or > 2100 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }

        return DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
    }

    /// <summary>The week's label, e.g. 2026-W48.</summary>
    public static string Label(DateOnly monday)
    {
        var date = monday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    public static string Email(string owner) => owner + "@" + ExamplePlanPeople.Domain;
}
