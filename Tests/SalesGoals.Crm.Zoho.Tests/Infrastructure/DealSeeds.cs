using System;
using System.Collections.Generic;
using SalesGoals.Crm.Zoho.Emulator;
using SalesGoals.Crm.Zoho.Emulator.Seeding;

namespace SalesGoals.Crm.Zoho.Tests.Infrastructure;

/// <summary>Builds deal seeds for the emulator.</summary>
public sealed class DealSeeds
{
    private readonly ZohoEmulator _emulator;
    private readonly string _ownerId;
    private int _counter;

    public DealSeeds(ZohoEmulator emulator, string? ownerId = null)
    {
        _emulator = emulator;
        _ownerId = ownerId ?? emulator.Seed.AddUser("Mei", "Chen", "mei.chen@example.com");
    }

    public string OwnerId => _ownerId;

    public string Add(string stage = "Qualification", decimal amount = 1000m, DateTimeOffset? modified = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        _counter++;
        return _emulator.Seed.AddDeal(new ZohoDealSeed($"Deal {_counter}", stage, amount, new DateOnly(2026, 6, 30), _ownerId)
        {
            ModifiedTime = modified,
            Extra = extra ?? new Dictionary<string, string>(),
        });
    }

    public List<string> AddMany(int count, string stage = "Qualification", DateTimeOffset? modified = null)
    {
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            ids.Add(Add(stage, 100m + i, modified));
        }

        return ids;
    }
}
