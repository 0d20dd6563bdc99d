using System;

namespace SalesGoals.Crm.LocalDataverse.Messages;

/// <summary>The primary table and row of a message, as the execution context reports them.</summary>
internal sealed record MessageTarget(string? EntityName, Guid EntityId, bool HasImages);
