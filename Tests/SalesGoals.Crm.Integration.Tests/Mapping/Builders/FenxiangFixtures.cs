using System;
using System.Collections.Generic;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Schema;
using SalesGoals.Crm.Integration.Mapping.Validation;
using static SalesGoals.Crm.Integration.Mapping.MappingDirection;

namespace SalesGoals.Crm.Integration.Tests.Mapping.Builders;

/// <summary>A Fenxiang tenant's NewOpportunityObj and sales_goal__c as describe returns them, and ops' mapping of them.</summary>
public static class FenxiangFixtures
{
    public static ExternalObjectSchema Opportunities { get; } = new("NewOpportunityObj",
    [
        new("_id", ExternalFieldType.Text, IsReadOnly: true),
        new("name", ExternalFieldType.Text, IsRequired: true),
        new("amount", ExternalFieldType.Money),
        new("close_date", ExternalFieldType.Date, IsRequired: true),
        new("sales_stage", ExternalFieldType.Picklist, OptionValues: ["1", "2", "3", "4", "5"]),
        new("sales_status", ExternalFieldType.Picklist, OptionValues: ["1", "2", "3", "4"]),
        new("owner", ExternalFieldType.User, IsRequired: true),
        new("account_id", ExternalFieldType.Lookup, IsRequired: true),
        new("probability", ExternalFieldType.Number),
        new("product_line__c", ExternalFieldType.Picklist, OptionValues: ["opt_hw", "opt_sw", "opt_svc"]),
        new("region__c", ExternalFieldType.Picklist, OptionValues: ["r1", "r2", "r3"]),
        new("customer_type__c", ExternalFieldType.Picklist, OptionValues: ["new", "existing"]),
        new("create_time", ExternalFieldType.DateTime, IsReadOnly: true),
        new("last_modified_time", ExternalFieldType.DateTime, IsReadOnly: true),
        new("life_status", ExternalFieldType.Picklist, IsReadOnly: true, OptionValues: ["ineffective", "under_review", "normal", "in_change", "invalid"]),
    ]);

    public static ExternalObjectSchema SalesGoals { get; } = new("sales_goal__c",
    [
        new("_id", ExternalFieldType.Text, IsReadOnly: true),
        new("name", ExternalFieldType.Text, IsRequired: true),
        new("goal_id__c", ExternalFieldType.Text, IsRequired: true),
        new("owner", ExternalFieldType.User, IsRequired: true),
        new("period_start__c", ExternalFieldType.Date),
        new("period_end__c", ExternalFieldType.Date),
        new("target__c", ExternalFieldType.Money),
        new("actual__c", ExternalFieldType.Money),
        new("attainment__c", ExternalFieldType.Number),
        new("tier__c", ExternalFieldType.Text),
    ]);

    public static IReadOnlyList<ExternalObjectSchema> Schemas { get; } = [Opportunities, SalesGoals];

    public static CrmMappingBuilder GoodMapping() => new CrmMappingBuilder(ExternalSystem.Fenxiang)
        .Object("NewOpportunityObj", ObjectMap.DealEntity,
            new("name", CanonicalDealField.Name, Both),
            new("amount", CanonicalDealField.Amount, Both),
            new("close_date", CanonicalDealField.CloseDate, Both),
            new("sales_stage", CanonicalDealField.Stage, Both),
            new("sales_status", CanonicalDealField.State, Both),
            new("owner", CanonicalDealField.Owner, Both),
            new("account_id", CanonicalDealField.Account, Both),
            new("probability", CanonicalDealField.Probability, Both),
            new("product_line__c", CanonicalDealField.ProductLine, Both),
            new("region__c", CanonicalDealField.Region, Both),
            new("customer_type__c", CanonicalDealField.CustomerSegment, Both),
            new("create_time", CanonicalDealField.CreatedOn),
            new("last_modified_time", CanonicalDealField.ModifiedOn))
        .Object("sales_goal__c", ObjectMap.GoalProgressEntity,
            new("name", CanonicalGoalField.Name, Outbound),
            new("goal_id__c", CanonicalGoalField.GoalId, Outbound),
            new("owner", CanonicalGoalField.Owner, Outbound),
            new("period_start__c", CanonicalGoalField.PeriodStart, Outbound),
            new("period_end__c", CanonicalGoalField.PeriodEnd, Outbound),
            new("target__c", CanonicalGoalField.Target, Outbound),
            new("actual__c", CanonicalGoalField.Actual, Outbound),
            new("attainment__c", CanonicalGoalField.AttainmentPercent, Outbound),
            new("tier__c", CanonicalGoalField.Tier, Outbound))
        .ValueMap("stage", ("1", "Open"), ("2", "Won"), ("3", "Lost"), ("4", "Lost"))
        .ValueMap("productline", ("opt_hw", "hw"), ("opt_sw", "sw"), ("opt_svc", "svc"))
        .ValueMap("region", ("r1", "east"), ("r2", "north"), ("r3", "south"))
        .ValueMap("customersegment", ("new", "ka"), ("existing", "smb"))
        .MatchUsers(UserMatchStrategy.ByExternalId)
        .User("1000", TestUsers.Wang.Id)
        .DefaultCurrency("CNY");

    public static MappingValidationContext Context { get; } = new()
    {
        AllowedCanonicalValues = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.OrdinalIgnoreCase)
        {
            [CanonicalDealField.ProductLine] = ["hw", "sw", "svc"],
            [CanonicalDealField.Region] = ["east", "north", "south"],
            [CanonicalDealField.CustomerSegment] = ["ka", "smb"],
        },
        Users = TestUsers.All,
        KnownCurrencies = ["CNY", "USD"],
    };
}
