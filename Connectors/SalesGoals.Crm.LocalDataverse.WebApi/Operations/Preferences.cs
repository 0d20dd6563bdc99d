using System;
using System.Globalization;
using System.Linq;

namespace SalesGoals.Crm.LocalDataverse.WebApi.Operations;

/// <summary>The parts of the <c>Prefer</c> header the Web API honours.</summary>
public sealed record Preferences(int? MaxPageSize, string? IncludeAnnotations, bool ReturnRepresentation, bool ContinueOnError)
{
    public static Preferences Parse(string? prefer)
    {
        int? pageSize = null;
        string? annotations = null;
        bool representation = false, continueOnError = false;
        foreach (var part in (prefer ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var value = pair.Length == 2 ? pair[1].Trim('"') : null;
            switch (pair[0].ToLowerInvariant())
            {
                case "odata.maxpagesize" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0:
                    pageSize = size;
                    break;
                case "odata.include-annotations":
                    annotations = value;
                    break;
                case "return" when value == "representation":
                    representation = true;
                    break;
                case "odata.continue-on-error":
                    continueOnError = value is null or "true";
                    break;
            }
        }

        return new Preferences(pageSize, annotations, representation, continueOnError);
    }

    /// <summary>True when the caller asked for this annotation ("*" or a matching name or prefix*).</summary>
    public bool Wants(string annotation) =>
        IncludeAnnotations is not null && IncludeAnnotations.Split(',').Select(a => a.Trim()).Any(a =>
            a == "*" || a == annotation || (a.EndsWith('*') && annotation.StartsWith(a[..^1], StringComparison.Ordinal)));
}
