using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.Integration.Deals;
using SalesGoals.Crm.Integration.Mapping.Schema;

namespace SalesGoals.Crm.Integration.Mapping.Catalog;

/// <summary>The canonical entities and fields that external fields can be mapped onto.</summary>
public static class CanonicalFieldCatalog
{
    /// <summary>The value map that turns a system's stage or status values into Open / Won / Lost
    /// (sg_valuemapping kind "Stage").</summary>
    public const string StageMapName = "stage";

    /// <summary>The canonical deal: read from external CRMs into Dataverse.</summary>
    public static CanonicalEntityDefinition Deal { get; } = new(
        ObjectMap.DealEntity,
        MappingDirection.Inbound,
        [
            new(CanonicalDealField.Name, CanonicalType.Text),
            new(CanonicalDealField.Amount, CanonicalType.Money),
            new(CanonicalDealField.Currency, CanonicalType.CurrencyCode, ValueMapRule.Optional),
            new(CanonicalDealField.ExchangeRate, CanonicalType.Number),
            new(CanonicalDealField.Stage, CanonicalType.Choice, ValueMapRule.Optional),
            new(CanonicalDealField.State, CanonicalType.Choice, ValueMapRule.Required, Enum.GetNames<DealState>(), StageMapName),
            new(CanonicalDealField.CloseDate, CanonicalType.Date),
            new(CanonicalDealField.Owner, CanonicalType.User),
            new(CanonicalDealField.Account, CanonicalType.Lookup),
            new(CanonicalDealField.Probability, CanonicalType.Number),
            new(CanonicalDealField.ProductLine, CanonicalType.Choice, ValueMapRule.Required),
            new(CanonicalDealField.Region, CanonicalType.Choice, ValueMapRule.Required),
            new(CanonicalDealField.CustomerSegment, CanonicalType.Choice, ValueMapRule.Required),
            new(CanonicalDealField.CreatedOn, CanonicalType.DateTime),
            new(CanonicalDealField.ModifiedOn, CanonicalType.DateTime),
        ],
        [
            [CanonicalDealField.Amount],
            [CanonicalDealField.Stage, CanonicalDealField.State],
            [CanonicalDealField.CloseDate],
            [CanonicalDealField.Owner],
            [CanonicalDealField.ModifiedOn],
        ]);

    /// <summary>Goal progress: written from Dataverse to the external system's goal object.</summary>
    public static CanonicalEntityDefinition GoalProgress { get; } = new(
        ObjectMap.GoalProgressEntity,
        MappingDirection.Outbound,
        [
            new(CanonicalGoalField.GoalId, CanonicalType.Identifier),
            new(CanonicalGoalField.Name, CanonicalType.Text),
            new(CanonicalGoalField.Owner, CanonicalType.User),
            new(CanonicalGoalField.PeriodType, CanonicalType.Choice, ValueMapRule.Optional),
            new(CanonicalGoalField.PeriodStart, CanonicalType.Date),
            new(CanonicalGoalField.PeriodEnd, CanonicalType.Date),
            new(CanonicalGoalField.Metric, CanonicalType.Choice, ValueMapRule.Optional),
            new(CanonicalGoalField.Currency, CanonicalType.CurrencyCode, ValueMapRule.Optional),
            new(CanonicalGoalField.BaseValue, CanonicalType.Money),
            new(CanonicalGoalField.Target, CanonicalType.Money),
            new(CanonicalGoalField.StretchValue, CanonicalType.Money),
            new(CanonicalGoalField.Actual, CanonicalType.Money),
            new(CanonicalGoalField.AttainmentPercent, CanonicalType.Number),
            new(CanonicalGoalField.ExpectedToDate, CanonicalType.Money),
            new(CanonicalGoalField.PaceStatus, CanonicalType.Choice, ValueMapRule.Optional),
            new(CanonicalGoalField.Tier, CanonicalType.Choice, ValueMapRule.Optional),
            new(CanonicalGoalField.ComputedOn, CanonicalType.DateTime),
        ],
        [
            [CanonicalGoalField.GoalId],
            [CanonicalGoalField.Owner],
            [CanonicalGoalField.PeriodStart],
            [CanonicalGoalField.PeriodEnd],
            [CanonicalGoalField.Target],
            [CanonicalGoalField.Actual],
        ]);

    public static IReadOnlyList<CanonicalEntityDefinition> Entities { get; } = [Deal, GoalProgress];

    /// <summary>The entity with that name, or null.</summary>
    public static CanonicalEntityDefinition? Entity(string name) =>
        Entities.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether an external field of <paramref name="external"/> type can carry a canonical <paramref name="canonical"/> value.</summary>
    public static bool IsCompatible(CanonicalType canonical, ExternalFieldType external) => canonical switch
    {
        CanonicalType.Text => external is ExternalFieldType.Text or ExternalFieldType.Picklist,
        CanonicalType.Number or CanonicalType.Money => external is ExternalFieldType.Number or ExternalFieldType.Money,
        CanonicalType.Date => external is ExternalFieldType.Date,
        CanonicalType.DateTime => external is ExternalFieldType.DateTime,
        CanonicalType.User => external is ExternalFieldType.User,
        CanonicalType.Lookup => external is ExternalFieldType.Lookup,
        CanonicalType.CurrencyCode or CanonicalType.Choice => external is ExternalFieldType.Picklist or ExternalFieldType.Text,
        CanonicalType.Identifier => external is ExternalFieldType.Text,
        _ => false,
    };
}
