using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.Serialization.Json;
using System.Text;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Planning;

namespace SalesGoals.Crm.Plugins.Tests.Planning;

/// <summary>sg_ApplyGoalPlan's outputs, read as a caller reads them.</summary>
internal sealed class GoalPlanResultView(ParameterCollection results)
{
    public int Created { get; } = (int)results[ApplyGoalPlan.CreatedOutput];

    public int Updated { get; } = (int)results[ApplyGoalPlan.UpdatedOutput];

    public int Unchanged { get; } = (int)results[ApplyGoalPlan.UnchangedOutput];

    public int Activated { get; } = (int)results[ApplyGoalPlan.ActivatedOutput];

    public string Continuation { get; } = (string)results[ApplyGoalPlan.ContinuationOutput];

    public bool Done { get; } = (bool)results[ApplyGoalPlan.DoneOutput];

    public Guid? RecalculateGoalId { get; } = (Guid)results[ApplyGoalPlan.RecalculateGoalIdOutput] is var id && id != Guid.Empty ? id : null;

    public IReadOnlyList<GoalPlanRemoval> Removed { get; } = Read((string)results[ApplyGoalPlan.RemovedOutput]);

    private static List<GoalPlanRemoval> Read(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return (List<GoalPlanRemoval>)new DataContractJsonSerializer(typeof(List<GoalPlanRemoval>)).ReadObject(stream)!;
    }
}
