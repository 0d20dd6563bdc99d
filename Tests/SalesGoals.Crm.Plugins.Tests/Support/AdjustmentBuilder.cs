using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Schema;
using A = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustment.Fields;
using L = SalesGoals.Crm.Plugins.Schema.SgGoalAdjustmentLine.Fields;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>
/// Builds an adjustment request the way a client does: a draft header, its lines, then the status
/// set to Submitted — each a separate call through the pipeline as the requesting user.
/// </summary>
public sealed class AdjustmentBuilder
{
    private readonly GoalWorld _world;
    private readonly Entity _header = new(SgGoalAdjustment.LogicalName);
    private readonly List<Entity> _lines = [];

    public AdjustmentBuilder(GoalWorld world, string name)
    {
        _world = world;
        _header[A.Name] = name;
        _header[A.Kind] = new OptionSetValue(SgGoalAdjustment.Options.KindAdjustment);
        _header[A.Reason] = new OptionSetValue(SgGoalAdjustment.Options.ReasonFirst); // market change
        _header[A.Justification] = "A large competitor left the region.";
    }

    public AdjustmentBuilder Reallocation(Guid parentGoalId)
    {
        _header[A.Kind] = new OptionSetValue(SgGoalAdjustment.Options.KindReallocation);
        _header[A.ParentGoalId] = new EntityReference(SgGoal.LogicalName, parentGoalId);
        return this;
    }

    public AdjustmentBuilder With(string column, object? value)
    {
        _header[column] = value;
        return this;
    }

    public AdjustmentBuilder Line(Guid goalId, decimal? newTarget = null, decimal? newBase = null, decimal? newStretch = null)
    {
        _lines.Add(new Entity(SgGoalAdjustmentLine.LogicalName)
        {
            [L.GoalId] = new EntityReference(SgGoal.LogicalName, goalId),
            [L.NewTargetValue] = newTarget,
            [L.NewBaseValue] = newBase,
            [L.NewStretchValue] = newStretch,
        });
        return this;
    }

    /// <summary>Creates the draft header and its lines as the user; returns the header's id.</summary>
    public Guid Draft(Guid asUser)
    {
        var service = _world.Env.GetOrganizationService(asUser);
        var id = service.Create(_header);
        foreach (var line in _lines)
        {
            line[L.AdjustmentId] = new EntityReference(SgGoalAdjustment.LogicalName, id);
            service.Create(line);
        }

        return id;
    }

    /// <summary>Drafts and submits the request as the user.</summary>
    public Guid Submit(Guid asUser)
    {
        var id = Draft(asUser);
        AdjustmentFlow.Submit(_world, id, asUser);
        return id;
    }
}
