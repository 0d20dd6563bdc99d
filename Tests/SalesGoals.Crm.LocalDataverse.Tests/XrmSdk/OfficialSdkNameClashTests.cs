using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SalesGoals.Crm.LocalDataverse.Tests.XrmSdk;

/// <summary>
/// None of the repository's own types (any project, tests included) shares its simple name with a public
/// type of the official SDK assemblies: a file importing both namespaces (e.g. SalesGoals.Crm.SolutionModel
/// and Microsoft.Crm.Sdk.Messages) would otherwise not compile against the official assemblies, which
/// carry far more types than the stand-in.
/// </summary>
[TestClass]
public sealed partial class OfficialSdkNameClashTests
{
    [TestMethod]
    public void TypeDeclarations_AllRepositorySources_NoneNamedLikeAnOfficialSdkType()
    {
        var official = OfficialSurface.PublicTypeLines
            .Select(line => line.Split(" | ")[0].Split('<')[0])
            .ToLookup(fullName => fullName[(fullName.LastIndexOf('.') + 1)..]);

        var clashes = RepositorySources()
            .SelectMany(file => TypeDeclaration().Matches(File.ReadAllText(file)).Select(m => (file, name: m.Groups["name"].Value)))
            .Where(declared => official.Contains(declared.name))
            .Select(declared => $"{declared.name} ({Path.GetRelativePath(RepositoryRoot, declared.file)}) clashes with {string.Join(", ", official[declared.name])}")
            .ToList();

        Assert.IsEmpty(clashes, string.Join("\n", clashes));
    }

    private static string RepositoryRoot => global::SalesGoals.Crm.Testing.RepositoryRoot.Path;

    private static IEnumerable<string> RepositorySources()
    {
        // The stand-in itself reproduces the official types on purpose.
        var standIn = Path.Combine(RepositoryRoot, "Plugins", "XrmSdk") + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(RepositoryRoot, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.StartsWith(standIn, StringComparison.Ordinal))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git" or "node_modules"));
    }

    [GeneratedRegex(@"^[ \t]*(?:\[[^\]\r\n]*\][ \t]*)*(?:(?:public|internal|private|protected|static|sealed|abstract|partial|readonly|file|ref|unsafe)[ \t]+)*(?:record[ \t]+struct|record[ \t]+class|record|class|struct|enum|interface)[ \t]+(?<name>[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
