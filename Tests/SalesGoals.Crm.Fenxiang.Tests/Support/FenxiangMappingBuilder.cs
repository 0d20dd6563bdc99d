using System.Collections.Generic;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;

namespace SalesGoals.Crm.Fenxiang.Tests.Support;

/// <summary>Builds ops' Fenxiang mapping: default object maps plus the sales_status → Open/Won/Lost map.</summary>
public sealed class FenxiangMappingBuilder
{
    private readonly Dictionary<string, string> _stage = new() { ["1"] = "Open", ["2"] = "Won", ["3"] = "Lost", ["4"] = "Lost" };
    private readonly List<ObjectMap> _objects = [FenxiangDefaultMapping.Deals(), FenxiangDefaultMapping.Goals()];
    private readonly Dictionary<string, string> _paceStatus = new()
    {
        ["on_track"] = "OnTrack", ["behind"] = "Behind", ["at_risk"] = "AtRisk", ["achieved"] = "Achieved",
    };

    private UserMatchStrategy _userMatch = UserMatchStrategy.Explicit;

    public FenxiangMappingBuilder WithStageMap(IReadOnlyDictionary<string, string> entries)
    {
        _stage.Clear();
        foreach (var (key, value) in entries)
        {
            _stage[key] = value;
        }

        return this;
    }

    public FenxiangMappingBuilder WithoutStageValue(string value)
    {
        _stage.Remove(value);
        return this;
    }

    public FenxiangMappingBuilder WithoutPaceStatusValue(string value)
    {
        _paceStatus.Remove(value);
        return this;
    }

    public FenxiangMappingBuilder MatchingUsersByEmail()
    {
        _userMatch = UserMatchStrategy.ByEmail;
        return this;
    }

    public FenxiangMappingBuilder WithObjects(params ObjectMap[] maps)
    {
        _objects.Clear();
        _objects.AddRange(maps);
        return this;
    }

    public CrmMapping Build() => new()
    {
        System = ExternalSystem.Fenxiang,
        Objects = _objects,
        ValueMaps =
        [
            new ValueMap("stage", new Dictionary<string, string>(_stage)),
            new ValueMap(FenxiangDefaultMapping.PaceStatusMapName, new Dictionary<string, string>(_paceStatus)),
        ],
        UserMatch = _userMatch,
    };
}
