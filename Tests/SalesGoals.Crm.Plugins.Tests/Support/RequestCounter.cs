using System;
using System.Linq;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.Concurrency;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Counts the organization-service requests plug-ins make during an action: every nested
/// operation (depth &gt; 1) reaches its core stage once.</summary>
public static class RequestCounter
{
    public static int NestedRequests(LocalDataverseEnvironment env, Action action)
    {
        env.Interleaving.Reached.Clear();
        env.Interleaving.RecordCheckpoints = true;
        try
        {
            action();
        }
        finally
        {
            env.Interleaving.RecordCheckpoints = false;
        }

        return env.Interleaving.Reached.Count(p => p.Depth > 1 && p.Stage == 30 && p.Point == PipelinePoint.BeforeStage);
    }
}
