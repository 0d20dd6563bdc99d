using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SalesGoals.Crm.SolutionModel.Model;
using SalesGoals.Crm.SolutionModel.Packing;
using SalesGoals.Crm.SolutionModel.Reading;
using SalesGoals.Crm.SolutionModel.Validation;

// Usage: dotnet run --project Connectors/SalesGoals.Crm.SolutionPack -- [--folder Solution]
//   [--out out] [--version 1.0.0.0] [--map pipelines/solution-map.xml] [--type Both|Managed|Unmanaged]
//   [--strict] [--stamp] [--control <name>=<build output folder>]
// A code component's build output (ControlManifest.xml, bundle.js, css/, strings/) is found in
// Controls/*/out/controls/*/ of the repository (npm run build) unless --control names its folder.
// --strict fails (exit 3) when a step still carries a stand-in message id (SolutionValidator.ImportBlockers);
// --stamp also writes --version into Other/Solution.xml, for a SolutionPackager pack that follows.
// Writes <out>/<UniqueName>.zip (unmanaged) and <out>/<UniqueName>_managed.zip, named as
// pac solution pack --packagetype Both names them.
try
{
    var options = Options.Parse(args);
    var solution = SolutionReader.Load(options.Folder);
    var problems = SolutionValidator.Validate(solution);
    if (problems.Count > 0)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, problems));
        return 2;
    }

    var blockers = SolutionValidator.ImportBlockers(solution);
    foreach (var blocker in blockers)
    {
        Console.Error.WriteLine("warning: " + blocker);
    }

    if (options.Strict && blockers.Count > 0)
    {
        return 3;
    }

    if (options.Stamp && options.Version is not null)
    {
        SolutionZip.StampVersion(options.Folder, options.Version);
    }

    var files = options.Map is null ? new Dictionary<string, string>() : SolutionMap.Load(options.Map, options.Folder);
    Directory.CreateDirectory(options.Out);
    foreach (var type in options.Types)
    {
        var suffix = type == SolutionPackageType.Managed ? "_managed" : string.Empty;
        var path = Path.Combine(options.Out, solution.UniqueName + suffix + ".zip");
        using (var output = File.Create(path))
        {
            SolutionZip.Write(options.Folder, type, output, options.Version, files, options.ControlOutputs());
        }

        Console.WriteLine($"{type,-9} {path} ({new FileInfo(path).Length} bytes, version {options.Version ?? solution.Version})");
    }

    return 0;
}
catch (Exception ex) when (ex is SolutionFormatException or ArgumentException or IOException)
{
    Console.Error.WriteLine("pack failed: " + ex.Message);
    return 1;
}

internal sealed record Options(string Folder, string Out, string? Version, string? Map, IReadOnlyList<SolutionPackageType> Types, bool Strict, bool Stamp)
{
    public Dictionary<string, string> Controls { get; } = new(StringComparer.Ordinal);

    public string Root { get; init; } = Environment.CurrentDirectory;

    // Built controls of the repository (Controls/<project>/out/controls/<Constructor>/), by name, then --control.
    public IReadOnlyDictionary<string, string> ControlOutputs()
    {
        var prefix = SolutionReader.Load(Folder).Publisher.CustomizationPrefix;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var controls = Path.Combine(Root, "Controls");
        foreach (var manifest in Directory.Exists(controls) ? Directory.EnumerateFiles(controls, "ControlManifest.xml", SearchOption.AllDirectories) : [])
        {
            var folder = Path.GetDirectoryName(manifest)!;
            if (!folder.Contains($"{Path.DirectorySeparatorChar}out{Path.DirectorySeparatorChar}controls{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || folder.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            var control = System.Xml.Linq.XDocument.Load(manifest).Root?.Element("control");
            found[$"{prefix}_{control?.Attribute("namespace")?.Value}.{control?.Attribute("constructor")?.Value}"] = folder;
        }

        foreach (var (name, folder) in Controls)
        {
            found[name] = folder;
        }

        return found;
    }

    public static Options Parse(string[] args)
    {
        var root = RepositoryRoot();
        string folder = Path.Combine(root, "Solution"), output = Path.Combine(root, "out"), type = "Both";
        string? version = null, map = Path.Combine(root, "pipelines", "solution-map.xml");
        bool strict = false, stamp = false;
        var controls = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--folder": folder = Path.GetFullPath(Next()); break;
                case "--out": output = Path.GetFullPath(Next()); break;
                case "--version": version = Next(); break;
                case "--map": var value = Next(); map = value == "none" ? null : Path.GetFullPath(value); break;
                case "--type": type = Next(); break;
                case "--strict": strict = true; break;
                case "--stamp": stamp = true; break;
                case "--control":
                    var pair = Next().Split('=', 2);
                    controls[pair[0]] = pair.Length == 2 ? Path.GetFullPath(pair[1]) : throw new ArgumentException("--control needs <name>=<folder>");
                    break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        IReadOnlyList<SolutionPackageType> types = type.ToUpperInvariant() switch
        {
            "BOTH" => [SolutionPackageType.Unmanaged, SolutionPackageType.Managed],
            "MANAGED" => [SolutionPackageType.Managed],
            "UNMANAGED" => [SolutionPackageType.Unmanaged],
            _ => throw new ArgumentException($"--type {type} is not Both, Managed or Unmanaged"),
        };
        var options = new Options(folder, output, version, map, types, strict, stamp) { Root = root };
        foreach (var (name, path) in controls)
        {
            options.Controls[name] = path;
        }

        return options;
    }

    // The folder holding SalesGoals.Crm.sln, from the current directory up.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.GetFiles("SalesGoals.Crm.sln").Length > 0)
            {
                return directory.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
