using System;
using System.IO;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>The repository's Solution/ folder.</summary>
public static class SolutionFolder
{
    public static string Path => RepositoryRoot.Combine("Solution");
}
