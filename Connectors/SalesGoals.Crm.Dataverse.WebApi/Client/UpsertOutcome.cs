namespace SalesGoals.Crm.Dataverse.WebApi.Client;

/// <summary>What happened to one row of a bulk upsert.</summary>
public enum UpsertOutcome
{
    /// <summary>Written by UpsertMultiple (Dataverse does not say whether it was created or updated).</summary>
    Written,
    Created,
    Updated,
    Failed,
}
