using System;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>Who calls and from where: a top-level caller (no parent, depth 0) or a plug-in's service (its context).</summary>
internal sealed record CallContext(Guid UserId, Guid InitiatingUserId, LocalPluginExecutionContext? Parent, int BaseDepth)
{
    public static CallContext TopLevel(Guid userId) => new(userId, userId, null, 0);
}
