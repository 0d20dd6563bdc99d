using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>
/// What a Dataverse service endpoint posts (<c>RemoteExecutionContext</c>), as a neutral model. Values are
/// typed: string, bool, int, long, decimal, <see cref="DateTimeOffset"/>, <see cref="DataverseEntity"/>,
/// <see cref="DataverseEntityReference"/>, <see cref="DataverseMoney"/>, <see cref="DataverseOptionSetValue"/>,
/// <see cref="DataverseEntityCollection"/>, or a list of those.
/// </summary>
public sealed record RemoteContext
{
    public required string MessageName { get; init; }

    public required string PrimaryEntityName { get; init; }

    public Guid PrimaryEntityId { get; init; }

    public string? SecondaryEntityName { get; init; }

    /// <summary>10 PreValidation, 20 PreOperation, 40 PostOperation.</summary>
    public int Stage { get; init; }

    /// <summary>0 synchronous, 1 asynchronous.</summary>
    public int Mode { get; init; }

    public int Depth { get; init; }

    public Guid UserId { get; init; }

    public Guid InitiatingUserId { get; init; }

    public Guid BusinessUnitId { get; init; }

    public Guid CorrelationId { get; init; }

    public Guid? RequestId { get; init; }

    public Guid OperationId { get; init; }

    public DateTimeOffset? OperationCreatedOn { get; init; }

    public Guid OrganizationId { get; init; }

    public string? OrganizationName { get; init; }

    public bool IsInTransaction { get; init; }

    public required IReadOnlyDictionary<string, object?> InputParameters { get; init; }

    public required IReadOnlyDictionary<string, object?> OutputParameters { get; init; }

    public required IReadOnlyDictionary<string, object?> SharedVariables { get; init; }

    public required IReadOnlyDictionary<string, DataverseEntity> PreEntityImages { get; init; }

    public required IReadOnlyDictionary<string, DataverseEntity> PostEntityImages { get; init; }

    public RemoteContext? ParentContext { get; init; }

    /// <summary>The <c>Target</c> input parameter when it is an entity (Create, Update).</summary>
    public DataverseEntity? TargetEntity => InputParameters.GetValueOrDefault("Target") as DataverseEntity;
}
