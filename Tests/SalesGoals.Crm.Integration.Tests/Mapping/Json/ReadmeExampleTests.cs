using System;
using System.IO;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Json;
using SalesGoals.Crm.Testing;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Json;

/// <summary>The project README shows ops a mapping file; it has to be one this build imports.</summary>
[TestClass]
public sealed class ReadmeExampleTests
{
    [TestMethod]
    public void Import_ReadmeExample_IsAValidFenxiangMapping()
    {
        var json = ReadmeJsonBlock();

        var mapping = MappingJson.Import(json);

        Assert.AreEqual(ExternalSystem.Fenxiang, mapping.System);
        Assert.AreEqual("stage", mapping.ObjectFor(ObjectMap.DealEntity)!.For(CanonicalDealField.State)!.ValueMap);
        Assert.AreEqual("Lost", mapping.ValueMapNamed("stage")!.ToCanonical("4"));
        Assert.AreEqual(MappingDirection.Outbound, mapping.ObjectFor(ObjectMap.GoalProgressEntity)!.For(CanonicalGoalField.Target)!.Direction);
    }

    private static string ReadmeJsonBlock()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("Connectors", "SalesGoals.Crm.Integration", "README.md"));
        var start = readme.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end];
    }
}
