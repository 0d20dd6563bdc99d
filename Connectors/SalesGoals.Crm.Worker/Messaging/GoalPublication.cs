using System;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>One goal written to one system because Dataverse posted a change of it.</summary>
public sealed record GoalPublication(Guid GoalId, ProgressPublishResult Result);
