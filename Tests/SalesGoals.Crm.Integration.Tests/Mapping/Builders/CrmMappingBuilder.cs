using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Builders;

/// <summary>Builds a <see cref="CrmMapping"/> fluently for tests.</summary>
public sealed class CrmMappingBuilder(ExternalSystem system)
{
    private readonly List<ObjectMap> objects = [];
    private readonly List<ValueMap> valueMaps = [];
    private readonly List<UserMapEntry> users = [];
    private UserMatchStrategy userMatch = UserMatchStrategy.ByEmail;
    private readonly List<string> systemUsers = [];
    private string currency = "CNY";

    public CrmMappingBuilder Object(string externalObject, string canonicalEntity, params FieldMap[] fields)
    {
        objects.Add(new ObjectMap(externalObject, canonicalEntity, fields));
        return this;
    }

    public CrmMappingBuilder ValueMap(string name, params (string External, string Canonical)[] entries)
    {
        valueMaps.Add(new ValueMap(name, entries.ToDictionary(e => e.External, e => e.Canonical, StringComparer.Ordinal)));
        return this;
    }

    public CrmMappingBuilder User(string externalId, Guid systemUserId, string? email = null)
    {
        users.Add(new UserMapEntry(externalId, systemUserId, email));
        return this;
    }

    /// <summary>An account the connector names as no person (e.g. Fenxiang's 系统 user).</summary>
    public CrmMappingBuilder SystemUser(string externalId)
    {
        systemUsers.Add(externalId);
        return this;
    }

    public CrmMappingBuilder MatchUsers(UserMatchStrategy strategy)
    {
        userMatch = strategy;
        return this;
    }

    public CrmMappingBuilder DefaultCurrency(string code)
    {
        currency = code;
        return this;
    }

    public CrmMapping Build() => new()
    {
        System = system,
        Objects = objects.ToList(),
        SystemUserIds = systemUsers.ToList(),
        ValueMaps = valueMaps.ToList(),
        Users = users.ToList(),
        UserMatch = userMatch,
        DefaultCurrency = currency,
    };
}
