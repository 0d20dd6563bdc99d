namespace SalesGoals.Crm.Integration.Mapping.Users;

/// <summary>How resolving an external user ended.</summary>
public enum UserResolutionOutcome
{
    Resolved = 0,

    /// <summary>No user matches (or the explicit row points at a user that does not exist).</summary>
    NotFound = 1,

    /// <summary>The only match is a disabled user; disabled users never resolve.</summary>
    Disabled = 2,

    /// <summary>Several active users match; nothing is guessed.</summary>
    Ambiguous = 3,

    /// <summary>The strategy needs a key the record does not carry (an e-mail for <see cref="UserMatchStrategy.ByEmail"/>).</summary>
    MissingKey = 4,
}
