using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Schema;
using SalesGoals.Crm.Integration.Mapping.Validation;
using static SalesGoals.Crm.Integration.Mapping.MappingDirection;

namespace SalesGoals.Crm.Benchmarks.Mapping;

/// <summary>A Fenxiang opportunity mapping with realistic value maps (40 regions, 200 stages) and one record.</summary>
internal static class MappingBenchmarkData
{
    public static CrmMapping Mapping { get; } = new()
    {
        System = ExternalSystem.Fenxiang,
        Objects =
        [
            new ObjectMap("NewOpportunityObj", ObjectMap.DealEntity,
            [
                new("name", CanonicalDealField.Name, Both),
                new("amount", CanonicalDealField.Amount, Both),
                new("close_date", CanonicalDealField.CloseDate, Both),
                new("sales_stage", CanonicalDealField.Stage, Both),
                new("sales_status", CanonicalDealField.State, Both),
                new("owner", CanonicalDealField.Owner, Both),
                new("account_id", CanonicalDealField.Account, Both),
                new("probability", CanonicalDealField.Probability, Both),
                new("region__c", CanonicalDealField.Region, Both),
                new("last_modified_time", CanonicalDealField.ModifiedOn),
            ]),
        ],
        ValueMaps =
        [
            new ValueMap("stage", new Dictionary<string, string> { ["1"] = "Open", ["2"] = "Won", ["3"] = "Lost", ["4"] = "Lost" }),
            new ValueMap("region", Enumerable.Range(1, 40).ToDictionary(i => $"r{i}", i => $"{100000000 + i}")),
        ],
        Users = Enumerable.Range(1000, 200).Select(i => new UserMapEntry(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid())).ToList(),
    };

    public static IReadOnlyList<ExternalObjectSchema> Schemas { get; } =
    [
        new("NewOpportunityObj",
        [
            new("_id", ExternalFieldType.Text, IsReadOnly: true),
            new("name", ExternalFieldType.Text, IsRequired: true),
            new("amount", ExternalFieldType.Money),
            new("close_date", ExternalFieldType.Date, IsRequired: true),
            new("sales_stage", ExternalFieldType.Picklist, OptionValues: Enumerable.Range(1, 200).Select(i => $"{i}").ToList()),
            new("sales_status", ExternalFieldType.Picklist, OptionValues: ["1", "2", "3", "4"]),
            new("owner", ExternalFieldType.User, IsRequired: true),
            new("account_id", ExternalFieldType.Lookup, IsRequired: true),
            new("probability", ExternalFieldType.Number),
            new("region__c", ExternalFieldType.Picklist, OptionValues: Enumerable.Range(1, 40).Select(i => $"r{i}").ToList()),
            new("last_modified_time", ExternalFieldType.DateTime, IsReadOnly: true),
        ]),
    ];

    public static MappingValidationContext Context { get; } = new()
    {
        AllowedCanonicalValues = new Dictionary<string, IReadOnlyCollection<string>>
        {
            [CanonicalDealField.Region] = Enumerable.Range(1, 40).Select(i => $"{100000000 + i}").ToList(),
        },
    };

    public static IReadOnlyDictionary<string, JsonElement> Record { get; } = Parse("""
        {"_id":"64f1c0a2e4b0a1b2c3d4e5f6","name":"上海分公司续约","amount":"88000.00","close_date":1774886400000,
         "sales_stage":"4","sales_status":"2","owner":["1000"],"account_id":"64f1c0a2e4b0a1b2c3d4e000",
         "account_id__r":"上海建材有限公司","probability":"100","region__c":"r17","last_modified_time":1774950312000}
        """);

    private static Dictionary<string, JsonElement> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }
}
