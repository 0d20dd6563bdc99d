namespace SalesGoals.Crm.Fenxiang.Emulator.Schema;

/// <summary>Field types the emulator understands, named as Fenxiang's describe names them.</summary>
public static class FieldTypes
{
    public const string Text = "text";
    public const string LongText = "long_text";
    public const string Number = "number";
    public const string Currency = "currency";
    public const string Percentile = "percentile";
    public const string Date = "date";
    public const string DateTime = "date_time";
    public const string SelectOne = "select_one";
    public const string Employee = "employee";
    public const string Department = "department";
    public const string ObjectReference = "object_reference";
    public const string TrueOrFalse = "true_or_false";

    /// <summary>Sent and stored as strings ("100.01").</summary>
    public static bool IsNumeric(string type) => type is Number or Currency or Percentile;

    /// <summary>Sent and stored as epoch milliseconds.</summary>
    public static bool IsTime(string type) => type is Date or DateTime;

    /// <summary>Lists even when single (["1000"]).</summary>
    public static bool IsPeople(string type) => type is Employee or Department;
}
