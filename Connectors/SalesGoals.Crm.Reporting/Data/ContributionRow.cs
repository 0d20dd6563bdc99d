using System;
using SalesGoals.Crm.GoalEngine.Metrics;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Data;

/// <summary>One ledger row (sg_goalcontribution) of a leaf goal: what one source record added, and the record's date.</summary>
public sealed record ContributionRow(Guid GoalId, MetricTotals Parts, LocalDate? SourceDate);
