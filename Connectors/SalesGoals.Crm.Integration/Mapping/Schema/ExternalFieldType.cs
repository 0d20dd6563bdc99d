namespace SalesGoals.Crm.Integration.Mapping.Schema;

/// <summary>The kind of value an external field holds, whatever the vendor's wire encoding
/// (Fenxiang sends money as strings and dates as epoch milliseconds; that is the value format's concern).</summary>
public enum ExternalFieldType
{
    Text = 0,
    Number = 1,
    Money = 2,
    Date = 3,
    DateTime = 4,

    /// <summary>Single-select; its stored option values are listed in the schema.</summary>
    Picklist = 5,

    /// <summary>A reference to another record (Zoho lookup, Fenxiang object_reference).</summary>
    Lookup = 6,

    /// <summary>An owner or user field (Zoho <c>{"id":…}</c>, Fenxiang employee list <c>["1000"]</c>).</summary>
    User = 7,

    Boolean = 8,
}
