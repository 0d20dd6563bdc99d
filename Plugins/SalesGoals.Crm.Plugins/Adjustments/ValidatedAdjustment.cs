using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Goals;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>A request that passed every rule, with the goal rows and snapshots it was checked against.</summary>
public sealed record ValidatedAdjustment(AdjustmentRecord Record, IReadOnlyDictionary<Guid, Entity> Rows, IReadOnlyDictionary<Guid, GoalSnapshot> Goals);
