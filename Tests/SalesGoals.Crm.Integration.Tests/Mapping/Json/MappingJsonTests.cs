using System;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Json;
using SalesGoals.Crm.Integration.Tests.Mapping.Builders;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Json;

[TestClass]
public sealed class MappingJsonTests
{
    private const string Minimal = """
        {
          "version": 1,
          "system": "Zoho",
          "defaultCurrency": "CNY",
          "userMatch": "ByEmail",
          "objects": [
            {
              "externalObject": "Deals",
              "canonicalEntity": "deal",
              "fields": [
                { "externalField": "Amount", "canonicalField": "amount" }
              ]
            }
          ]
        }
        """;

    [TestMethod]
    [DataRow("Zoho")]
    [DataRow("Fenxiang")]
    public void Import_ExportedMapping_GivesTheSameMapping(string systemName)
    {
        var system = ExternalSystem.Parse(systemName);
        var mapping = (system == ExternalSystem.Zoho ? ZohoFixtures.GoodMapping() : FenxiangFixtures.GoodMapping()).Build();

        var json = MappingJson.Export(mapping);
        var imported = MappingJson.Import(json);

        MappingAssert.AreEquivalent(mapping, imported);
        Assert.AreEqual(json, MappingJson.Export(imported));
    }

    [TestMethod]
    public void Export_SmallMapping_WritesTheDocumentedLayout()
    {
        var mapping = new CrmMappingBuilder(ExternalSystem.Zoho)
            .Object("Deals", ObjectMap.DealEntity, new FieldMap("Region", CanonicalDealField.Region, MappingDirection.Both, "region"))
            .ValueMap("region", ("North China", "100000000"), ("East China", "100000001"))
            .User("4876876000000225013", Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"))
            .DefaultCurrency("USD")
            .Build();

        var json = MappingJson.Export(mapping);

        Assert.AreEqual("""
            {
              "version": 1,
              "system": "Zoho",
              "defaultCurrency": "USD",
              "userMatch": "ByEmail",
              "objects": [
                {
                  "externalObject": "Deals",
                  "canonicalEntity": "deal",
                  "fields": [
                    {
                      "externalField": "Region",
                      "canonicalField": "region",
                      "direction": "Both",
                      "valueMap": "region"
                    }
                  ]
                }
              ],
              "valueMaps": [
                {
                  "name": "region",
                  "entries": {
                    "East China": "100000001",
                    "North China": "100000000"
                  }
                }
              ],
              "users": [
                {
                  "externalUserId": "4876876000000225013",
                  "systemUserId": "6f9619ff-8b86-d011-b42d-00c04fc964ff"
                }
              ]
            }

            """, json);
    }

    [TestMethod]
    public void Export_SameMappingInAnyOrder_GivesTheSameText()
    {
        var mapping = ZohoFixtures.GoodMapping().Build();
        var shuffled = mapping with
        {
            Objects = mapping.Objects.Reverse().Select(o => o with { Fields = o.Fields.Reverse().ToList() }).ToList(),
            ValueMaps = mapping.ValueMaps.Reverse().Select(m => new ValueMap(m.Name, m.Entries.Reverse().ToDictionary())).ToList(),
        };

        Assert.AreEqual(MappingJson.Export(mapping), MappingJson.Export(shuffled));
    }

    [TestMethod]
    public void Export_ChineseValues_StayReadable()
    {
        var mapping = new CrmMappingBuilder(ExternalSystem.Fenxiang).ValueMap("region", ("华东", "east")).Build();

        var json = MappingJson.Export(mapping);

        StringAssert.Contains(json, "\"华东\": \"east\"");
    }

    [TestMethod]
    public void Import_MinimalFileWithDefaults_FillsDefaults()
    {
        var mapping = MappingJson.Import(Minimal);

        var field = mapping.Objects.Single().Fields.Single();
        Assert.AreEqual(MappingDirection.Inbound, field.Direction);
        Assert.IsNull(field.ValueMap);
        Assert.IsEmpty(mapping.ValueMaps);
        Assert.IsEmpty(mapping.Users);
    }

    [TestMethod]
    public void Import_CommentsAndTrailingCommas_AreAccepted()
    {
        var json = Minimal.Replace("\"system\": \"Zoho\",", "// which CRM\n  \"system\": \"Zoho\",", StringComparison.Ordinal)
            .Replace("\"canonicalField\": \"amount\" }", "\"canonicalField\": \"amount\", }", StringComparison.Ordinal);

        var mapping = MappingJson.Import(json);

        Assert.AreEqual(ExternalSystem.Zoho, mapping.System);
    }

    [TestMethod]
    [DataRow("\"canonicalField\": \"amount\"", "\"canonicalField\": \"amount\", \"transform\": \"x\"", "$.objects[0].fields[0].transform", 11, "unknown property 'transform'", DisplayName = "unknown property")]
    [DataRow("\"canonicalField\": \"amount\"", "\"canonicalField\": \"amount\", \"direction\": \"Sideways\"", "$.objects[0].fields[0].direction", 11, "one of Inbound, Outbound, Both", DisplayName = "unknown enum value")]
    [DataRow("\"canonicalField\": \"amount\"", "\"canonicalField\": \"amount\", \"direction\": 1", "$.objects[0].fields[0].direction", 11, "one of Inbound, Outbound, Both", DisplayName = "enum as number")]
    [DataRow("\"canonicalField\": \"amount\"", "\"canonicalField\": 5", "$.objects[0].fields[0].canonicalField", 11, "wrong type", DisplayName = "number for a string")]
    [DataRow("\"canonicalField\": \"amount\"", "\"canonicalField\": null", "$.objects[0].fields[0].canonicalField", 11, "must not be null", DisplayName = "null for a string")]
    [DataRow("{ \"externalField\": \"Amount\", \"canonicalField\": \"amount\" }", "{ \"externalField\": \"Amount\" }", "$.objects[0].fields[0]", 11, "missing required property 'canonicalField'", DisplayName = "missing property")]
    [DataRow("\"system\": \"Zoho\",", "\"system\": \"Zoho\", \"system\": \"Fenxiang\",", "$.system", 3, "more than once", DisplayName = "duplicate property")]
    [DataRow("\"userMatch\": \"ByEmail\",", "\"userMatch\": \"ByEmail\", \"users\": [{ \"externalUserId\": \"1\", \"systemUserId\": \"nope\" }],", "$.users[0].systemUserId", 5, "a GUID", DisplayName = "bad guid")]
    [DataRow("\"objects\": [", "\"objects\": \"Deals\", \"later\": [", "$.objects", 6, "a JSON array", DisplayName = "string for an array")]
    [DataRow("\"fields\": [", "\"fields\": [ ,", "$", 10, "not valid JSON", DisplayName = "syntax error")]
    public void Import_BrokenFile_SaysWhereAndWhat(string find, string replace, string path, int line, string messagePart)
    {
        var json = Minimal.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.ThrowsExactly<MappingJsonException>(() => MappingJson.Import(json)).Errors.Single();

        Assert.AreEqual(path, error.Path, error.ToString());
        Assert.AreEqual(line, error.Line, error.ToString());
        StringAssert.Contains(error.Message, messagePart);
    }

    [TestMethod]
    [DataRow("\"version\": 1,", "\"version\": 2,", "unsupported version 2")]
    [DataRow("\"version\": 1,", "\"version\": \"1\",", "unsupported version \"1\"")]
    [DataRow("\"version\": 1,", "", "missing required property 'version'")]
    public void Import_WrongVersion_IsRefusedFirst(string find, string replace, string messagePart)
    {
        var json = Minimal.Replace(find, replace, StringComparison.Ordinal).Replace("\"userMatch\"", "\"futureProperty\": 1, \"userMatch\"", StringComparison.Ordinal);

        var exception = Assert.ThrowsExactly<MappingJsonException>(() => MappingJson.Import(json));

        StringAssert.Contains(exception.Errors.Single().Message, messagePart);
    }

    [TestMethod]
    public void Import_SeveralBlankAndDuplicateValues_ListsEachWithItsPath()
    {
        var json = """
            {
              "version": 1, "system": "Fenxiang", "defaultCurrency": "CNY", "userMatch": "Explicit",
              "objects": [ { "externalObject": " ", "canonicalEntity": "deal", "fields": [ { "externalField": "", "canonicalField": "amount" } ] } ],
              "valueMaps": [ { "name": "region", "entries": { "r1": "" } }, { "name": "Region", "entries": {} } ],
              "users": [ { "externalUserId": "1000", "systemUserId": "00000000-0000-0000-0000-000000000000" } ]
            }
            """;

        var exception = Assert.ThrowsExactly<MappingJsonException>(() => MappingJson.Import(json));

        CollectionAssert.AreEquivalent(
            new[] { "$.objects[0].externalObject", "$.objects[0].fields[0].externalField", "$.valueMaps[0].entries['r1']", "$.valueMaps[1].name", "$.users[0].systemUserId" },
            exception.Errors.Select(e => e.Path).ToArray(),
            exception.Message);
    }
}
