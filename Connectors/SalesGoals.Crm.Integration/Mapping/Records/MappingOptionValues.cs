using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.Integration.Mapping.Records;

/// <summary>Option values of the mapping tables' choices (publisher prefix 10000), and the value map each sg_kind stands for.</summary>
public static class MappingOptionValues
{
    public const int Zoho = 100000000;
    public const int Fenxiang = 100000001;

    public const int Inbound = 100000000;
    public const int Outbound = 100000001;
    public const int Both = 100000002;

    /// <summary>sg_kind option value → the value map name it holds.</summary>
    public static IReadOnlyDictionary<int, string> KindMapNames { get; } = new Dictionary<int, string>
    {
        [100000000] = "stage",
        [100000001] = "region",
        [100000002] = "customersegment",
        [100000003] = "productline",
        [100000004] = "currency",
    };

    /// <summary>The sg_system choice value of a system (its own), or null for Dataverse, which has no rows.</summary>
    public static int? SystemOption(ExternalSystem system) => system.OptionValue == 0 ? null : system.OptionValue;

    public static int DirectionOption(MappingDirection direction) => direction switch
    {
        MappingDirection.Outbound => Outbound,
        MappingDirection.Both => Both,
        _ => Inbound,
    };

    public static MappingDirection? Direction(int option) => option switch
    {
        Inbound => MappingDirection.Inbound,
        Outbound => MappingDirection.Outbound,
        Both => MappingDirection.Both,
        _ => null,
    };

    /// <summary>The sg_kind option value for a value map name, or null when the tables cannot hold a map of that name.</summary>
    public static int? KindOption(string mapName) =>
        KindMapNames.Where(k => string.Equals(k.Value, mapName, StringComparison.OrdinalIgnoreCase)).Select(k => (int?)k.Key).FirstOrDefault();
}
