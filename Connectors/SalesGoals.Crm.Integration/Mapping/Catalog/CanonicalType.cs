namespace SalesGoals.Crm.Integration.Mapping.Catalog;

/// <summary>The kind of value a canonical field holds, and so its CLR type in a canonical record.</summary>
public enum CanonicalType
{
    /// <summary><see cref="string"/>.</summary>
    Text = 0,

    /// <summary><see cref="decimal"/> (probability, exchange rate, percentages).</summary>
    Number = 1,

    /// <summary><see cref="decimal"/> in the record's currency.</summary>
    Money = 2,

    /// <summary><see cref="System.DateOnly"/>: a calendar date, never an instant.</summary>
    Date = 3,

    /// <summary><see cref="System.DateTimeOffset"/>.</summary>
    DateTime = 4,

    /// <summary><see cref="ExternalUserRef"/>: the user's id (and e-mail when the vendor gives it) in the external system.</summary>
    User = 5,

    /// <summary><see cref="ExternalLookupRef"/>: the referenced record's id and display name.</summary>
    Lookup = 6,

    /// <summary><see cref="string"/>: an ISO 4217 code.</summary>
    CurrencyCode = 7,

    /// <summary><see cref="string"/>: one value of a closed list (stage, state, a dimension, a tier).</summary>
    Choice = 8,

    /// <summary><see cref="string"/>: a key the external system stores for us (the Dataverse goal id).</summary>
    Identifier = 9,
}
