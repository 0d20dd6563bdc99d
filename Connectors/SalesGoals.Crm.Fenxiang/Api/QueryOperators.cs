namespace SalesGoals.Crm.Fenxiang.Api;

/// <summary>Filter operators as Fenxiang spells them (not-equal is N, not NE).</summary>
public static class QueryOperators
{
    public const string Equal = "EQ";
    public const string NotEqual = "N";
    public const string GreaterThan = "GT";
    public const string GreaterOrEqual = "GTE";
    public const string LessThan = "LT";
    public const string LessOrEqual = "LTE";
    public const string Like = "LIKE";
    public const string NotLike = "NLIKE";
    public const string IsEmpty = "IS";
    public const string IsNotEmpty = "ISN";
    public const string In = "IN";
    public const string NotIn = "NIN";
    public const string Between = "BETWEEN";
    public const string NotBetween = "NBETWEEN";
    public const string StartsWith = "STARTWITH";
    public const string EndsWith = "ENDWITH";
    public const string HasAnyOf = "HASANYOF";
    public const string HasNoneOf = "NHASANYOF";
    public const string Contains = "CONTAINS";
}
