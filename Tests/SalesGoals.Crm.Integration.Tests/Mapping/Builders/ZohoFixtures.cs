using System;
using System.Collections.Generic;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Schema;
using SalesGoals.Crm.Integration.Mapping.Validation;
using static SalesGoals.Crm.Integration.Mapping.MappingDirection;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Builders;

/// <summary>A Zoho org's Deals and Sales_Targets modules as fields metadata describes them, and ops' mapping of them.</summary>
public static class ZohoFixtures
{
    public static readonly string[] StageOptions = ["Qualification", "Negotiation/Review", "Closed Won", "Closed Lost", "Closed Lost to Competition"];

    public static ExternalObjectSchema Deals { get; } = new("Deals",
    [
        new("id", ExternalFieldType.Text, IsReadOnly: true),
        new("Deal_Name", ExternalFieldType.Text, IsRequired: true),
        new("Amount", ExternalFieldType.Money),
        new("Currency", ExternalFieldType.Picklist, OptionValues: ["CNY", "USD", "EUR"]),
        new("Exchange_Rate", ExternalFieldType.Number),
        new("Stage", ExternalFieldType.Picklist, IsRequired: true, OptionValues: StageOptions),
        new("Closing_Date", ExternalFieldType.Date, IsRequired: true),
        new("Owner", ExternalFieldType.User),
        new("Account_Name", ExternalFieldType.Lookup),
        new("Probability", ExternalFieldType.Number),
        new("Product_Line", ExternalFieldType.Picklist, OptionValues: ["Hardware", "Software", "Services"]),
        new("Region", ExternalFieldType.Picklist, OptionValues: ["East China", "North China", "South China"]),
        new("Segment", ExternalFieldType.Picklist, OptionValues: ["KA", "SMB"]),
        new("Created_Time", ExternalFieldType.DateTime, IsReadOnly: true),
        new("Modified_Time", ExternalFieldType.DateTime, IsReadOnly: true),
        new("Description", ExternalFieldType.Text),
        new("Is_Renewal", ExternalFieldType.Boolean),
    ]);

    public static ExternalObjectSchema SalesTargets { get; } = new("Sales_Targets",
    [
        new("id", ExternalFieldType.Text, IsReadOnly: true),
        new("Name", ExternalFieldType.Text, IsRequired: true),
        new("Goal_Id", ExternalFieldType.Text, IsRequired: true),
        new("Owner", ExternalFieldType.User),
        new("Period_Start", ExternalFieldType.Date),
        new("Period_End", ExternalFieldType.Date),
        new("Target", ExternalFieldType.Money),
        new("Actual", ExternalFieldType.Money),
        new("Attainment", ExternalFieldType.Number),
        new("Pace", ExternalFieldType.Text),
    ]);

    public static IReadOnlyList<ExternalObjectSchema> Schemas { get; } = [Deals, SalesTargets];

    public static CrmMappingBuilder GoodMapping() => new CrmMappingBuilder(ExternalSystem.Zoho)
        .Object("Deals", ObjectMap.DealEntity,
            new("Deal_Name", CanonicalDealField.Name, Both),
            new("Amount", CanonicalDealField.Amount, Both),
            new("Currency", CanonicalDealField.Currency, Both),
            new("Exchange_Rate", CanonicalDealField.ExchangeRate, Both),
            new("Stage", CanonicalDealField.Stage, Both),
            new("Closing_Date", CanonicalDealField.CloseDate, Both),
            new("Owner", CanonicalDealField.Owner, Both),
            new("Account_Name", CanonicalDealField.Account, Both),
            new("Probability", CanonicalDealField.Probability, Both),
            new("Product_Line", CanonicalDealField.ProductLine, Both),
            new("Region", CanonicalDealField.Region, Both, "region"),
            new("Segment", CanonicalDealField.CustomerSegment, Both),
            new("Created_Time", CanonicalDealField.CreatedOn),
            new("Modified_Time", CanonicalDealField.ModifiedOn))
        .Object("Sales_Targets", ObjectMap.GoalProgressEntity,
            new("Name", CanonicalGoalField.Name, Outbound),
            new("Goal_Id", CanonicalGoalField.GoalId, Outbound),
            new("Owner", CanonicalGoalField.Owner, Outbound),
            new("Period_Start", CanonicalGoalField.PeriodStart, Outbound),
            new("Period_End", CanonicalGoalField.PeriodEnd, Outbound),
            new("Target", CanonicalGoalField.Target, Outbound),
            new("Actual", CanonicalGoalField.Actual, Outbound),
            new("Attainment", CanonicalGoalField.AttainmentPercent, Outbound),
            new("Pace", CanonicalGoalField.PaceStatus, Outbound))
        .ValueMap("productline", ("Hardware", "hw"), ("Software", "sw"), ("Services", "svc"))
        .ValueMap("region", ("East China", "east"), ("North China", "north"), ("South China", "south"))
        .ValueMap("customersegment", ("KA", "ka"), ("SMB", "smb"))
        .User("z-li", TestUsers.Li.Id, "li.wei@zoho-org.cn")
        .DefaultCurrency("CNY");

    public static MappingValidationContext Context { get; } = new()
    {
        AllowedCanonicalValues = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.OrdinalIgnoreCase)
        {
            [CanonicalDealField.ProductLine] = ["hw", "sw", "svc"],
            [CanonicalDealField.Region] = ["east", "north", "south"],
            [CanonicalDealField.CustomerSegment] = ["ka", "smb"],
            [CanonicalGoalField.PaceStatus] = ["OnTrack", "Behind", "AtRisk", "Achieved"],
        },
        Users = TestUsers.All,
        KnownCurrencies = ["CNY", "USD", "EUR"],
    };
}
