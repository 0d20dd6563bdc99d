using System.Collections.Generic;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;

namespace SalesGoals.Crm.Fenxiang.Tests.Support;

/// <summary>Builds ops' Fenxiang mapping: default object maps plus the sales_status → Open/Won/Lost map.</summary>
public sealed class FenxiangMappingBuilder
{
    private readonly Dictionary<string, string> stage = new() { ["1"] = "Open", ["2"] = "Won", ["3"] = "Lost", ["4"] = "Lost" };
    private readonly List<ObjectMap> objects = [FenxiangDefaultMapping.Deals(), FenxiangDefaultMapping.Goals()];
    private readonly Dictionary<string, string> paceStatus = new()
    {
        ["on_track"] = "OnTrack", ["behind"] = "Behind", ["at_risk"] = "AtRisk", ["achieved"] = "Achieved",
    };

    private UserMatchStrategy userMatch = UserMatchStrategy.Explicit;

    public FenxiangMappingBuilder WithStageMap(IReadOnlyDictionary<string, string> entries)
    {
        stage.Clear();
        foreach (var (key, value) in entries)
        {
            stage[key] = value;
        }

        return this;
    }

    public FenxiangMappingBuilder WithoutStageValue(string value)
    {
        stage.Remove(value);
        return this;
    }

    public FenxiangMappingBuilder WithoutPaceStatusValue(string value)
    {
        paceStatus.Remove(value);
        return this;
    }

    public FenxiangMappingBuilder MatchingUsersByEmail()
    {
        userMatch = UserMatchStrategy.ByEmail;
        return this;
    }

    public FenxiangMappingBuilder WithObjects(params ObjectMap[] maps)
    {
        objects.Clear();
        objects.AddRange(maps);
        return this;
    }

    public CrmMapping Build() => new()
    {
        System = ExternalSystem.Fenxiang,
        Objects = objects,
        ValueMaps =
        [
            new ValueMap("stage", new Dictionary<string, string>(stage)),
            new ValueMap(FenxiangDefaultMapping.PaceStatusMapName, new Dictionary<string, string>(paceStatus)),
        ],
        UserMatch = userMatch,
    };
}
