using System;

namespace SalesGoals.Crm.LocalDataverse.Concurrency;

/// <summary>A named point of a running operation where a test may run another operation.</summary>
public sealed record PipelineCheckpoint(
    string MessageName,
    string PrimaryEntityName,
    Guid PrimaryEntityId,
    int Stage,
    PipelinePoint Point,
    int Depth,
    Guid UserId);
