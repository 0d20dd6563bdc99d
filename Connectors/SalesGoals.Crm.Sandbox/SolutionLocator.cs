using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SalesGoals.Crm.Sandbox;

/// <summary>Finds the Solution/ folder: given explicitly, or next to SalesGoals.Crm.sln found by walking up
/// from the current directory, then from the application's base directory.</summary>
public static class SolutionLocator
{
    public const string SolutionFile = "SalesGoals.Crm.sln";

    public static string Locate(string? explicitFolder, params string[] startFolders)
    {
        if (!string.IsNullOrWhiteSpace(explicitFolder))
        {
            var full = Path.GetFullPath(explicitFolder);
            return Directory.Exists(Path.Combine(full, "Other"))
                ? full
                : throw new DirectoryNotFoundException($"--solution {explicitFolder}: not an unpacked solution folder (no Other/ inside {full}).");
        }

        var starts = startFolders.Length > 0 ? startFolders : [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            foreach (var folder in Upwards(start))
            {
                if (File.Exists(Path.Combine(folder, SolutionFile)) && Directory.Exists(Path.Combine(folder, "Solution")))
                {
                    return Path.Combine(folder, "Solution");
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"Could not find {SolutionFile} above {string.Join(" or ", starts)}; run from inside the repository or pass --solution <folder>.");
    }

    private static IEnumerable<string> Upwards(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            yield return folder.FullName;
        }
    }
}
