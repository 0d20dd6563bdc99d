using System;
using System.Collections.Concurrent;

namespace SalesGoals.Crm.LocalDataverse.Tests.Support;

/// <summary>Behaviours for <see cref="ScriptedPlugin"/>, found by the key a step passes as its unsecure configuration.</summary>
public static class PluginScripts
{
    private static readonly ConcurrentDictionary<string, Action<IServiceProvider>> Scripts = new(StringComparer.Ordinal);

    public static string Register(Action<IServiceProvider> script)
    {
        var key = Guid.NewGuid().ToString("N");
        Scripts[key] = script;
        return key;
    }

    public static Action<IServiceProvider> Get(string key) =>
        Scripts.TryGetValue(key, out var script) ? script : throw new InvalidOperationException($"No plug-in script '{key}'.");
}
