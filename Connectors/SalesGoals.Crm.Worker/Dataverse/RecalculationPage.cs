namespace SalesGoals.Crm.Worker.Dataverse;

/// <summary>One slice of sg_RecalculateGoal: done or not, the continuation for the next slice (empty when done), the goal's actual, records and rows checked.</summary>
public sealed record RecalculationPage(bool Done, string Continuation, decimal Actual, int Processed);
