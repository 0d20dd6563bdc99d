using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace SalesGoals.Crm.Integration;

/// <summary>
/// A CRM the connector syncs with: its name (configuration, messages, logs) and its value in the solution's
/// sg_externalsystems choice (the rows' system column). Not an enum, so a new connector defines its own with
/// <see cref="Define"/> in its own project (plus an option in Solution/OptionSets/sg_externalsystems.xml) and no
/// shared code changes. Two systems are the same when their choice values are; <c>default</c> is Dataverse.
/// </summary>
[JsonConverter(typeof(ExternalSystemJsonConverter))]
public readonly struct ExternalSystem : IEquatable<ExternalSystem>
{
    private static readonly ConcurrentDictionary<int, ExternalSystem> ByOption = new();
    private static readonly ConcurrentDictionary<string, ExternalSystem> ByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly string? _name;

    private ExternalSystem(string name, int optionValue)
    {
        _name = name;
        OptionValue = optionValue;
    }

    public static ExternalSystem Dataverse { get; } = Define("Dataverse", 0);

    public static ExternalSystem Zoho { get; } = Define("Zoho", 100_000_000);

    public static ExternalSystem Fenxiang { get; } = Define("Fenxiang", 100_000_001);

    public string Name => _name ?? "Dataverse";

    /// <summary>The sg_externalsystems choice value; 0 for Dataverse itself, which has none.</summary>
    public int OptionValue { get; }

    /// <summary>The external CRMs defined so far (Dataverse excluded), in choice-value order.</summary>
    public static IReadOnlyList<ExternalSystem> Defined => ByOption.Values.Where(s => s.OptionValue != 0).OrderBy(s => s.OptionValue).ToList();

    /// <summary>Defines a system once (again with the same name and value is harmless); a clash of names or values throws.</summary>
    public static ExternalSystem Define(string name, int optionValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var system = new ExternalSystem(name.Trim(), optionValue);
        var byOption = ByOption.GetOrAdd(optionValue, system);
        var byName = ByName.GetOrAdd(system.Name, system);
        if (!string.Equals(byOption.Name, system.Name, StringComparison.OrdinalIgnoreCase) || byName.OptionValue != optionValue)
        {
            throw new ArgumentException($"System '{name}' ({optionValue}) clashes with '{byOption.Name}' ({byOption.OptionValue}) / '{byName.Name}' ({byName.OptionValue}).", nameof(name));
        }

        return byOption;
    }

    public static bool TryParse(string? name, out ExternalSystem system)
    {
        system = default;
        return name is not null && ByName.TryGetValue(name.Trim(), out system);
    }

    /// <summary>The defined system of that name (case-insensitive).</summary>
    public static ExternalSystem Parse(string name) =>
        TryParse(name, out var system) ? system : throw new FormatException($"'{name}' is not a defined system.");

    /// <summary>The system of an sg_externalsystems choice value read from a row.</summary>
    public static ExternalSystem FromOption(int value) =>
        ByOption.TryGetValue(value, out var system) && value != 0
            ? system
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Not the sg_externalsystems value of a defined system.");

    public bool Equals(ExternalSystem other) => OptionValue == other.OptionValue;

    public override bool Equals(object? obj) => obj is ExternalSystem other && Equals(other);

    public override int GetHashCode() => OptionValue;

    public override string ToString() => Name;

    public static bool operator ==(ExternalSystem left, ExternalSystem right) => left.Equals(right);

    public static bool operator !=(ExternalSystem left, ExternalSystem right) => !left.Equals(right);
}
