using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Tests.Support;

/// <summary>A plug-in whose behaviour a test supplies (through the step's unsecure configuration).</summary>
public sealed class ScriptedPlugin : IPlugin
{
    private readonly string _key;

    public ScriptedPlugin(string unsecureConfiguration, string secureConfiguration)
    {
        _key = unsecureConfiguration;
        _ = secureConfiguration;
    }

    public void Execute(IServiceProvider serviceProvider) => PluginScripts.Get(_key)(serviceProvider);
}
