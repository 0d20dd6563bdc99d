using System;
using System.IO;

namespace SalesGoals.Crm.SolutionModel.Tests.Support;

/// <summary>A throw-away copy of a solution folder that a test may change; deleted on dispose.</summary>
public sealed class SolutionCopy : IDisposable
{
    public SolutionCopy(string source)
    {
        Folder = Path.Combine(Path.GetTempPath(), "sg-solution-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>Replaces the first occurrence of <paramref name="from"/> in a file; fails when absent.</summary>
    public void Replace(string relative, string from, string to)
    {
        var path = PathOf(relative);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{from}' is not in {relative}");
        }

        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
