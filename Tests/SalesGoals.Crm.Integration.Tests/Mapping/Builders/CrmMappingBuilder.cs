using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Builders;

/// <summary>Builds a <see cref="CrmMapping"/> fluently for tests.</summary>
public sealed class CrmMappingBuilder(ExternalSystem system)
{
    private readonly List<ObjectMap> _objects = [];
    private readonly List<ValueMap> _valueMaps = [];
    private readonly List<UserMapEntry> _users = [];
    private UserMatchStrategy _userMatch = UserMatchStrategy.ByEmail;
    private readonly List<string> _systemUsers = [];
    private string _currency = "CNY";

    public CrmMappingBuilder Object(string externalObject, string canonicalEntity, params FieldMap[] fields)
    {
        _objects.Add(new ObjectMap(externalObject, canonicalEntity, fields));
        return this;
    }

    public CrmMappingBuilder ValueMap(string name, params (string External, string Canonical)[] entries)
    {
        _valueMaps.Add(new ValueMap(name, entries.ToDictionary(e => e.External, e => e.Canonical, StringComparer.Ordinal)));
        return this;
    }

    public CrmMappingBuilder User(string externalId, Guid systemUserId, string? email = null)
    {
        _users.Add(new UserMapEntry(externalId, systemUserId, email));
        return this;
    }

    /// <summary>An account the connector names as no person (e.g. Fenxiang's 系统 user).</summary>
    public CrmMappingBuilder SystemUser(string externalId)
    {
        _systemUsers.Add(externalId);
        return this;
    }

    public CrmMappingBuilder MatchUsers(UserMatchStrategy strategy)
    {
        _userMatch = strategy;
        return this;
    }

    public CrmMappingBuilder DefaultCurrency(string code)
    {
        _currency = code;
        return this;
    }

    public CrmMapping Build() => new()
    {
        System = system,
        Objects = _objects.ToList(),
        SystemUserIds = _systemUsers.ToList(),
        ValueMaps = _valueMaps.ToList(),
        Users = _users.ToList(),
        UserMatch = _userMatch,
        DefaultCurrency = _currency,
    };
}
