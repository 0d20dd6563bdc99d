using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SalesGoals.Crm.Cli.Hosting;

/// <summary>
/// The servers of a running local sandbox (<c>dotnet run --project Connectors/SalesGoals.Crm.Sandbox -- --keep-running</c>
/// writes this file and deletes it when it stops): the same <c>Section__Key</c> variables it prints for <c>run</c>. The
/// command line uses them when nothing else configures Dataverse, so a newcomer's first command works at once; any
/// appsettings.json or environment setting wins. The credentials in it are the sandbox's own, valid nowhere else.
/// </summary>
public static class SandboxConnection
{
    /// <summary>Where the sandbox writes the file: the user's temporary folder (the sandbox's own copy of this path is
    /// checked against this one by a test).</summary>
    public static string DefaultPath => Path.Combine(Path.GetTempPath(), "salesgoals-sandbox", "connection.json");

    /// <summary>The configuration keys (<c>Dataverse:Url</c>, …) and the managed-identity variables of the file, or
    /// null when there is no readable file.</summary>
    public static (Dictionary<string, string?> Settings, Dictionary<string, string> Environment)? TryLoad(string path)
    {
        Dictionary<string, string>? variables;
        try
        {
            variables = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }

        if (variables is null || !variables.ContainsKey("Dataverse__Url"))
        {
            return null;
        }

        var settings = variables.Where(v => v.Key.Contains("__", StringComparison.Ordinal))
            .ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => (string?)v.Value, StringComparer.OrdinalIgnoreCase);
        var environment = variables.Where(v => !v.Key.Contains("__", StringComparison.Ordinal)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return (settings, environment);
    }
}
