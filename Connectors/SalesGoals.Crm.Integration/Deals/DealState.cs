namespace SalesGoals.Crm.Integration.Deals;

/// <summary>Canonical deal state. Decided from each system's stage metadata, never from a stage's label.</summary>
public enum DealState
{
    Open = 0,
    Won = 1,
    Lost = 2,
}
