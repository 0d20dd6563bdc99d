namespace SalesGoals.Crm.Integration.Mapping.Users;

/// <summary>Which rule decided a user resolution.</summary>
public enum UserMatchSource
{
    ExplicitTable = 0,
    Email = 1,
    ExternalId = 2,
}
