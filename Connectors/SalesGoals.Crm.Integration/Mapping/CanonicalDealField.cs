namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>Canonical deal fields that a system's deal fields map onto.</summary>
public static class CanonicalDealField
{
    public const string Name = "name";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string ExchangeRate = "exchangerate";
    public const string Stage = "stage";

    /// <summary>Open / Won / Lost, when a system stores it in a field of its own (Fenxiang <c>sales_status</c>),
    /// translated through the value map named "state".</summary>
    public const string State = "state";
    public const string CloseDate = "closedate";
    public const string Owner = "owner";
    public const string Account = "account";
    public const string Probability = "probability";
    public const string ProductLine = "productline";
    public const string Region = "region";
    public const string CustomerSegment = "customersegment";
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";

    /// <summary>Dimension fields: their values go through a value map of the same name.</summary>
    public static readonly string[] Dimensions = [ProductLine, Region, CustomerSegment];
}
