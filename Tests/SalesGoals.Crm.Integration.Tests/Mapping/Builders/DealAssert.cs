using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Deals;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Builders;

/// <summary>Compares deals member by member (records compare dictionaries by reference).</summary>
public static class DealAssert
{
    private static readonly Dictionary<string, string> NoDimensions = [];

    public static void AreEqual(ExternalDeal expected, ExternalDeal? actual)
    {
        Assert.IsNotNull(actual);
        CollectionAssert.AreEquivalent(expected.Dimensions.ToList(), actual.Dimensions.ToList(), "dimensions");
        Assert.AreEqual(expected with { Dimensions = NoDimensions }, actual with { Dimensions = NoDimensions });
    }
}
