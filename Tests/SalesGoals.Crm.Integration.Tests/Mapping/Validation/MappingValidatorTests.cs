using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Validation;
using SalesGoals.Crm.Integration.Tests.Mapping.Builders;
using static SalesGoals.Crm.Integration.Mapping.MappingDirection;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Validation;

[TestClass]
public sealed class MappingValidatorTests
{
    [TestMethod]
    public void Validate_GoodZohoMapping_HasNoProblems()
    {
        var mapping = ZohoFixtures.GoodMapping().Build();

        var result = MappingValidator.Validate(mapping, ZohoFixtures.Schemas, ZohoFixtures.Context);

        Assert.IsTrue(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    [TestMethod]
    public void Validate_GoodFenxiangMapping_HasNoProblems()
    {
        var mapping = FenxiangFixtures.GoodMapping().Build();

        var result = MappingValidator.Validate(mapping, FenxiangFixtures.Schemas, FenxiangFixtures.Context);

        Assert.IsTrue(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    [TestMethod]
    public void Validate_MappingWithEveryKindOfMistake_ListsEveryProblemAtOnce()
    {
        var mapping = BadMapping();

        var result = MappingValidator.Validate(mapping, ZohoFixtures.Schemas, ZohoFixtures.Context);

        CollectionAssert.AreEquivalent(Enum.GetValues<MappingProblemCode>(), result.Codes.ToArray(), string.Join(Environment.NewLine, result.Problems));
        Assert.IsFalse(result.IsValid);
        Assert.IsTrue(result.Problems.All(p => p.Message.Length > 20), "every problem says what is wrong in a sentence");
    }

    [TestMethod]
    public void Validate_MappingWithEveryKindOfMistake_NamesTheOffendingObjectFieldAndValue()
    {
        var result = MappingValidator.Validate(BadMapping(), ZohoFixtures.Schemas, ZohoFixtures.Context);

        string[] expected =
        [
            "UnknownCanonicalEntity|Leads||lead",
            "DuplicateObjectMapping|Deals_Archive||deal",
            "UnknownExternalObject|Deals_Archive||Deals_Archive",
            "UnknownExternalObject|Leads||Leads",
            "UnknownExternalField|Deals|Discount|Discount",
            "UnknownCanonicalField|Deals|Description|notes",
            "TypeMismatch|Deals|Deal_Name|Text",
            "TypeMismatch|Deals|Closing_Date|Date",
            "RequiredFieldUnmapped|Deals|modifiedon|",
            "RequiredFieldUnmapped|Deals_Archive|amount|",
            "RequiredFieldUnmapped|Deals_Archive|stage or state|",
            "RequiredFieldUnmapped|Deals_Archive|closedate|",
            "RequiredFieldUnmapped|Deals_Archive|owner|",
            "RequiredFieldUnmapped|Deals_Archive|modifiedon|",
            "ReadOnlyFieldWritten|Deals|Created_Time|Both",
            "DuplicateFieldMapping|Deals|Amount|amount",
            "DuplicateFieldMapping|Deals|Owner|owner",
            "ExternalRequiredFieldUnmapped|Deals|Deal_Name|",
            "ExternalRequiredFieldUnmapped|Deals|Stage|",
            "ExternalRequiredFieldUnmapped|Deals|Closing_Date|",
            "ValueMapNotAllowed|Deals|Owner|owners",
            "MissingValueMap|Deals|Segment|customersegment",
            "UnmappedOptionValue|Deals|Region|South China",
            "UnmappedCanonicalValue|Deals|Region|south",
            "UnknownCanonicalValue|Deals|Product_Line|services",
            "ExternalRequiredFieldUnmapped|Sales_Targets|Name|",
            "ExternalRequiredFieldUnmapped|Sales_Targets|Goal_Id|",
            "RequiredFieldUnmapped|Sales_Targets|goalid|",
            "DuplicateExternalUser|||z-li",
            "UserNotFound|||z-ghost",
            "UserDisabled|||z-zhao",
            "InvalidDefaultCurrency|||yuan",
        ];
        var actual = result.Problems.Select(p => $"{p.Code}|{p.Object}|{p.Field}|{p.Value}").ToArray();
        CollectionAssert.AreEquivalent(expected, actual, string.Join(Environment.NewLine, actual));
    }

    [TestMethod]
    [DataRow("CNY", true)]
    [DataRow("USD", true)]
    [DataRow("cny", false)]
    [DataRow("RMB1", false)]
    [DataRow("", false)]
    [DataRow("JPY", false)]
    public void Validate_DefaultCurrency_AcceptsOnlyIsoCodesDataverseHas(string currency, bool valid)
    {
        var mapping = ZohoFixtures.GoodMapping().DefaultCurrency(currency).Build();

        var result = MappingValidator.Validate(mapping, ZohoFixtures.Schemas, ZohoFixtures.Context);

        Assert.AreEqual(!valid, result.Codes.Contains(MappingProblemCode.InvalidDefaultCurrency));
    }

    [TestMethod]
    public void Validate_ContextWithoutUsersOrCurrencies_SkipsThoseChecks()
    {
        var mapping = ZohoFixtures.GoodMapping().User("z-ghost", Guid.NewGuid()).DefaultCurrency("JPY").Build();
        var context = ZohoFixtures.Context with { Users = null, KnownCurrencies = null };

        var result = MappingValidator.Validate(mapping, ZohoFixtures.Schemas, context);

        Assert.IsTrue(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    [TestMethod]
    public void Validate_DealWithStateInsteadOfStage_SatisfiesTheStageRequirement()
    {
        var mapping = FenxiangFixtures.GoodMapping().Build();
        var deal = mapping.ObjectFor(ObjectMap.DealEntity)!;
        var withoutStage = mapping with
        {
            Objects = [deal with { Fields = deal.Fields.Where(f => f.CanonicalField != CanonicalDealField.Stage).ToList() }, .. mapping.Objects.Where(o => o != deal)],
        };

        var result = MappingValidator.Validate(withoutStage, FenxiangFixtures.Schemas, FenxiangFixtures.Context);

        Assert.IsTrue(result.IsValid, string.Join(Environment.NewLine, result.Problems));
    }

    [TestMethod]
    public void Validate_StateMapToUnknownState_IsRejectedWithoutContext()
    {
        var good = FenxiangFixtures.GoodMapping().Build();
        var badState = new ValueMap("stage", new Dictionary<string, string> { ["1"] = "Open", ["2"] = "Closed", ["3"] = "Lost", ["4"] = "Lost" });
        var mapping = good with { ValueMaps = good.ValueMaps.Select(m => m.Name == "stage" ? badState : m).ToList() };

        var result = MappingValidator.Validate(mapping, FenxiangFixtures.Schemas, MappingValidationContext.None);

        var actual = result.Problems.Select(p => $"{p.Code}|{p.Field}|{p.Value}").ToArray();
        CollectionAssert.AreEquivalent(
            new[] { "UnknownCanonicalValue|sales_status|Closed", "UnmappedCanonicalValue|sales_status|Won" },
            actual,
            string.Join(Environment.NewLine, actual));
    }

    private static CrmMapping BadMapping() => new CrmMappingBuilder(ExternalSystem.Zoho)
        .Object("Deals", ObjectMap.DealEntity,
            new("Deal_Name", CanonicalDealField.Amount),
            new("Amount", CanonicalDealField.Amount),
            new("Stage", CanonicalDealField.Stage),
            new("Closing_Date", CanonicalDealField.Owner),
            new("Owner", CanonicalDealField.Owner, Inbound, "owners"),
            new("Discount", CanonicalDealField.Probability),
            new("Description", "notes"),
            new("Product_Line", CanonicalDealField.ProductLine),
            new("Region", CanonicalDealField.Region, Both),
            new("Segment", CanonicalDealField.CustomerSegment),
            new("Created_Time", CanonicalDealField.CreatedOn, Both),
            new("Closing_Date", CanonicalDealField.CloseDate))
        .Object("Deals_Archive", ObjectMap.DealEntity)
        .Object("Leads", "lead")
        .Object("Sales_Targets", ObjectMap.GoalProgressEntity,
            new("Owner", CanonicalGoalField.Owner, Outbound),
            new("Period_Start", CanonicalGoalField.PeriodStart, Outbound),
            new("Period_End", CanonicalGoalField.PeriodEnd, Outbound),
            new("Target", CanonicalGoalField.Target, Outbound),
            new("Actual", CanonicalGoalField.Actual, Outbound))
        .ValueMap("productline", ("Hardware", "hw"), ("Software", "sw"), ("Services", "services"))
        .ValueMap("region", ("East China", "east"), ("North China", "north"))
        .User("z-li", TestUsers.Li.Id)
        .User("z-li", TestUsers.Wang.Id)
        .User("z-ghost", Guid.Parse("0badf00d-0000-0000-0000-000000000000"))
        .User("z-zhao", TestUsers.Zhao.Id)
        .DefaultCurrency("yuan")
        .Build();
}
