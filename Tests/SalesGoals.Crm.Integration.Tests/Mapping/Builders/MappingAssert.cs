using System.Linq;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Normalization;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Builders;

/// <summary>Compares two mappings member by member, ignoring only the order of their lists.</summary>
public static class MappingAssert
{
    public static void AreEquivalent(CrmMapping expected, CrmMapping actual)
    {
        var e = MappingNormalizer.Normalize(expected);
        var a = MappingNormalizer.Normalize(actual);
        Assert.AreEqual(e.System, a.System);
        Assert.AreEqual(e.DefaultCurrency, a.DefaultCurrency);
        Assert.AreEqual(e.UserMatch, a.UserMatch);
        Assert.HasCount(e.Objects.Count, a.Objects);
        for (var i = 0; i < e.Objects.Count; i++)
        {
            Assert.AreEqual(e.Objects[i].ExternalObject, a.Objects[i].ExternalObject);
            Assert.AreEqual(e.Objects[i].CanonicalEntity, a.Objects[i].CanonicalEntity);
            CollectionAssert.AreEqual(e.Objects[i].Fields.ToList(), a.Objects[i].Fields.ToList(), $"fields of {e.Objects[i].ExternalObject}");
        }

        Assert.HasCount(e.ValueMaps.Count, a.ValueMaps);
        for (var i = 0; i < e.ValueMaps.Count; i++)
        {
            Assert.AreEqual(e.ValueMaps[i].Name, a.ValueMaps[i].Name);
            CollectionAssert.AreEqual(e.ValueMaps[i].Entries.ToList(), a.ValueMaps[i].Entries.ToList(), $"entries of {e.ValueMaps[i].Name}");
        }

        CollectionAssert.AreEqual(e.Users.ToList(), a.Users.ToList());
    }
}
