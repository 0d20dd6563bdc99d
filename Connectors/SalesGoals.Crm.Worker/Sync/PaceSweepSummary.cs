using System;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>A whole pace sweep: as of when, how many pages and goals, status changes, goals at risk.</summary>
public sealed record PaceSweepSummary(DateTimeOffset AsOf, int Pages, int Evaluated, int StatusChanged, int AtRisk);
