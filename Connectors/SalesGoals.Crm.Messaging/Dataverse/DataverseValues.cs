using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>An entity as Dataverse serializes it (target, image, OpportunityClose …).</summary>
public sealed record DataverseEntity(string LogicalName, Guid Id, IReadOnlyDictionary<string, object?> Attributes,
    IReadOnlyDictionary<string, string> FormattedValues);

public sealed record DataverseEntityReference(string LogicalName, Guid Id, string? Name);

public sealed record DataverseMoney(decimal Value);

public sealed record DataverseOptionSetValue(int Value);

public sealed record DataverseEntityCollection(string? EntityName, IReadOnlyList<DataverseEntity> Entities);
