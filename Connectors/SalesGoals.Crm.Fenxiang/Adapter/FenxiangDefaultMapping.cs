using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>Starting points for ops: opportunities in NewOpportunityObj, goals in a custom sales_goal__c.
/// The sales_status → Open/Won/Lost value map ("stage") is never defaulted: its option codes are the
/// tenant's own and must be read from describe and mapped by ops.</summary>
public static class FenxiangDefaultMapping
{
    public const string OpportunityObject = "NewOpportunityObj";
    public const string GoalObject = "sales_goal__c";

    /// <summary>Value map from canonical pace status (OnTrack, Behind, AtRisk, Achieved) to the goal object's option values.</summary>
    public const string PaceStatusMapName = "pacestatus";

    public static ObjectMap Deals(string objectApiName = OpportunityObject) => new(objectApiName, ObjectMap.DealEntity,
    [
        new("name", CanonicalDealField.Name),
        new("amount", CanonicalDealField.Amount),
        new("close_date", CanonicalDealField.CloseDate),
        new("sales_stage", CanonicalDealField.Stage),
        new("sales_status", CanonicalDealField.State, MappingDirection.Inbound, CanonicalFieldCatalog.StageMapName),
        new("owner", CanonicalDealField.Owner),
        new("account_id", CanonicalDealField.Account),
        new("probability", CanonicalDealField.Probability),
        new("create_time", CanonicalDealField.CreatedOn),
        new("last_modified_time", CanonicalDealField.ModifiedOn),
    ]);

    public static ObjectMap Goals(string objectApiName = GoalObject) => new(objectApiName, ObjectMap.GoalProgressEntity,
    [
        new("goal_id__c", CanonicalGoalField.GoalId, MappingDirection.Outbound),
        new("name", CanonicalGoalField.Name, MappingDirection.Outbound),
        new("owner", CanonicalGoalField.Owner, MappingDirection.Outbound),
        new("period_type__c", CanonicalGoalField.PeriodType, MappingDirection.Outbound),
        new("period_start__c", CanonicalGoalField.PeriodStart, MappingDirection.Outbound),
        new("period_end__c", CanonicalGoalField.PeriodEnd, MappingDirection.Outbound),
        new("metric__c", CanonicalGoalField.Metric, MappingDirection.Outbound),
        new("currency__c", CanonicalGoalField.Currency, MappingDirection.Outbound),
        new("target__c", CanonicalGoalField.Target, MappingDirection.Outbound),
        new("actual__c", CanonicalGoalField.Actual, MappingDirection.Outbound),
        new("attainment__c", CanonicalGoalField.AttainmentPercent, MappingDirection.Outbound),
        new("expected__c", CanonicalGoalField.ExpectedToDate, MappingDirection.Outbound),
        new("pace_status__c", CanonicalGoalField.PaceStatus, MappingDirection.Outbound, PaceStatusMapName),
        new("tier__c", CanonicalGoalField.Tier, MappingDirection.Outbound),
        new("computed_on__c", CanonicalGoalField.ComputedOn, MappingDirection.Outbound),
    ]);
}
