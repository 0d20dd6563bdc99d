namespace SalesGoals.Crm.Plugins.Recalculation;

/// <summary>The outcome of one execution: done or not, the continuation for the next one (empty when done),
/// the goal's actual now, and how many source records and ledger rows this slice checked.</summary>
public sealed record RecalculationSlice(bool Done, string Continuation, decimal Actual, int Processed, int Requests);
