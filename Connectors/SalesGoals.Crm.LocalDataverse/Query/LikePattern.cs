using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>SQL LIKE patterns (% _ [ ]) as case-insensitive regular expressions.</summary>
internal static class LikePattern
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    public static bool IsMatch(string value, string pattern) => Cache.GetOrAdd(pattern, Build).IsMatch(value);

    private static Regex Build(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }

                    regex.Append('[').Append(pattern, i + 1, end - i - 1).Append(']');
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
