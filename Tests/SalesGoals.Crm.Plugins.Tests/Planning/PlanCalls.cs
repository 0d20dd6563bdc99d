using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Planning;
using SalesGoals.Crm.Plugins.Tests.Support;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>sg_ApplyGoalPlan calls as the CLI makes them: one call, or calls until the plan is applied.</summary>
internal static class PlanCalls
{
    public static GoalPlanResultView Send(GoalWorld world, string plan, string? continuation = null, Guid? asUser = null)
    {
        var request = new OrganizationRequest(ApplyGoalPlan.MessageName) { [ApplyGoalPlan.PlanParameter] = plan };
        if (continuation != null)
        {
            request[ApplyGoalPlan.ContinuationParameter] = continuation;
        }

        return new GoalPlanResultView(world.Env.GetOrganizationService(asUser ?? world.Manager).Execute(request).Results);
    }

    /// <summary>Calls until done (or <paramref name="maxCalls"/>), each with the previous call's continuation.</summary>
    public static List<GoalPlanResultView> Until(GoalWorld world, string plan, int maxCalls = 100, string? continuation = null)
    {
        var calls = new List<GoalPlanResultView>();
        do
        {
            var result = Send(world, plan, continuation);
            calls.Add(result);
            continuation = result.Continuation;
        }
        while (continuation.Length > 0 && calls.Count < maxCalls);

        return calls;
    }
}
