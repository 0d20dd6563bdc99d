using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.GoalEngine.Rules;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>The request's life cycle before it is applied: draft → Submitted → Approved or Rejected.</summary>
public interface IAdjustmentWorkflow
{
    /// <summary>A new request: a draft, or submitted at once; stamps the requester.</summary>
    void OnCreate(Entity target, ActingUser actor);

    /// <summary>An edit of the request: submission, approval, rejection, or a (refused) change after submission.</summary>
    void OnUpdate(Entity target, Entity stored, ActingUser actor, IPluginExecutionContext context);

    /// <summary>Lines change only while their request is a draft.</summary>
    void EnsureLinesEditable(Guid? adjustmentId);
}
