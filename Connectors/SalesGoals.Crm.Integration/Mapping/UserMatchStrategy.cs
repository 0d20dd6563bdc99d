namespace SalesGoals.Crm.Integration.Mapping;

/// <summary>How external users are matched to Dataverse users.</summary>
public enum UserMatchStrategy
{
    /// <summary>Match on the e-mail address (case-insensitive).</summary>
    ByEmail = 0,

    /// <summary>Match on an external id stored against the Dataverse user.</summary>
    ByExternalId = 1,

    /// <summary>Only the explicit table's rows count.</summary>
    Explicit = 2,
}
