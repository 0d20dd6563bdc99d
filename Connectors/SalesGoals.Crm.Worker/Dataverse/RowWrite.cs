namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>One row of a bulk write: its external id, what happened, and Dataverse's error (code and message) when refused.</summary>
public sealed record RowWrite(string ExternalId, RowWriteOutcome Outcome, string? Error = null);
