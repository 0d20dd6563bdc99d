using System;

namespace SalesGoals.Crm.Integration.Goals;

/// <summary>The outcome of writing one goal-progress row: success, or the vendor's error with the field it names.</summary>
public sealed record GoalProgressWriteResult(
    Guid GoalId,
    bool Succeeded,
    string? ExternalRecordId = null,
    string? ErrorCode = null,
    string? Message = null,
    string? FieldPath = null);
