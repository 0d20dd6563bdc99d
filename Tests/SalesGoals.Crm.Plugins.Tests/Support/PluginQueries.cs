using System;
using SalesGoals.Crm.LocalDataverse.Concurrency;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>Counts the queries plug-ins make of one table during an action (each nested RetrieveMultiple reaches its
/// core stage once; the local Dataverse's counts are deterministic).</summary>
public static class PluginQueries
{
    public static int Of(GoalWorld world, string table, Action action)
    {
        var queries = 0;
        using (world.Env.Interleaving.At(
            p =>
            {
                if (p.Depth > 1 && p.Stage == 30 && p.Point == PipelinePoint.BeforeStage && p.MessageName == "RetrieveMultiple" && p.PrimaryEntityName == table)
                {
                    queries++;
                }

                return false;
            },
            _ => { },
            once: false))
        {
            action();
        }

        return queries;
    }
}
