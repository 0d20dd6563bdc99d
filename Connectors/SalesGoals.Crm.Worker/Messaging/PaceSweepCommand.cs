using System;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>The body of a pace-sweep message: the instant to evaluate as of.</summary>
public sealed record PaceSweepCommand(DateTimeOffset AsOf);
