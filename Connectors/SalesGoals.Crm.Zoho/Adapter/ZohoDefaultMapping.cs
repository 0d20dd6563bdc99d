using System.Collections.Generic;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Zoho's standard Deals fields and the suggested <c>Sales_Targets</c> custom module; ops
/// start from this and add their dimension fields and value maps.</summary>
public static class ZohoDefaultMapping
{
    public const string DealsModule = "Deals";
    public const string TargetsModule = "Sales_Targets";
    public const string ModifiedTimeField = "Modified_Time";

    public static ObjectMap Deals { get; } = new(DealsModule, ObjectMap.DealEntity,
    [
        new("Deal_Name", CanonicalDealField.Name),
        new("Amount", CanonicalDealField.Amount),
        new("Currency", CanonicalDealField.Currency),
        new("Exchange_Rate", CanonicalDealField.ExchangeRate),
        new("Stage", CanonicalDealField.Stage),
        new("Closing_Date", CanonicalDealField.CloseDate),
        new("Owner", CanonicalDealField.Owner),
        new("Account_Name", CanonicalDealField.Account),
        new("Probability", CanonicalDealField.Probability),
        new("Created_Time", CanonicalDealField.CreatedOn),
        new(ModifiedTimeField, CanonicalDealField.ModifiedOn),
    ]);

    public static ObjectMap Targets { get; } = new(TargetsModule, ObjectMap.GoalProgressEntity,
    [
        new("Goal_Id", CanonicalGoalField.GoalId, MappingDirection.Outbound),
        new("Name", CanonicalGoalField.Name, MappingDirection.Outbound),
        new("Owner", CanonicalGoalField.Owner, MappingDirection.Outbound),
        new("Period_Type", CanonicalGoalField.PeriodType, MappingDirection.Outbound),
        new("Period_Start", CanonicalGoalField.PeriodStart, MappingDirection.Outbound),
        new("Period_End", CanonicalGoalField.PeriodEnd, MappingDirection.Outbound),
        new("Metric", CanonicalGoalField.Metric, MappingDirection.Outbound),
        new("Goal_Currency", CanonicalGoalField.Currency, MappingDirection.Outbound),
        new("Base_Value", CanonicalGoalField.BaseValue, MappingDirection.Outbound),
        new("Target_Value", CanonicalGoalField.Target, MappingDirection.Outbound),
        new("Stretch_Value", CanonicalGoalField.StretchValue, MappingDirection.Outbound),
        new("Actual_Value", CanonicalGoalField.Actual, MappingDirection.Outbound),
        new("Attainment_Percent", CanonicalGoalField.AttainmentPercent, MappingDirection.Outbound),
        new("Expected_To_Date", CanonicalGoalField.ExpectedToDate, MappingDirection.Outbound),
        new("Pace_Status", CanonicalGoalField.PaceStatus, MappingDirection.Outbound),
        new("Tier", CanonicalGoalField.Tier, MappingDirection.Outbound),
        new("Computed_On", CanonicalGoalField.ComputedOn, MappingDirection.Outbound),
    ]);

    /// <summary>A complete mapping with the standard objects plus any extra deal fields and value maps.</summary>
    public static CrmMapping Create(IEnumerable<FieldMap>? extraDealFields = null, IEnumerable<ValueMap>? valueMaps = null)
    {
        var dealFields = new List<FieldMap>(Deals.Fields);
        dealFields.AddRange(extraDealFields ?? []);
        return new CrmMapping
        {
            System = ExternalSystem.Zoho,
            Objects = [Deals with { Fields = dealFields }, Targets],
            ValueMaps = [.. valueMaps ?? []],

            // No DefaultCurrency here: a deal without a currency is in the org's home currency, which the
            // adapter reads from Zoho (GET /crm/v8/org); the mapping's default is only a last resort.
        };
    }
}
