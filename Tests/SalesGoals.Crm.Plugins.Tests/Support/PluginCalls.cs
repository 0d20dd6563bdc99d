using System;
using System.Collections.Generic;
using System.Linq;
using SalesGoals.Crm.LocalDataverse;
using SalesGoals.Crm.LocalDataverse.Concurrency;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>The requests plug-ins made during an action, by message and table (each nested operation's core stage), so a
/// test can tell which reads a cache or a join saved: a plug-in has two minutes for all of its requests.</summary>
public static class PluginCalls
{
    public static IReadOnlyList<PipelineCheckpoint> During(LocalDataverseEnvironment env, Action action)
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

        return [.. env.Interleaving.Reached.Where(p => p.Depth > 1 && p.Stage == 30 && p.Point == PipelinePoint.BeforeStage)];
    }

    /// <summary>How many of <paramref name="calls"/> were <paramref name="message"/> on <paramref name="table"/>.</summary>
    public static int Count(this IReadOnlyList<PipelineCheckpoint> calls, string message, string table) =>
        calls.Count(p => p.MessageName == message && p.PrimaryEntityName == table);

    /// <summary>How many queries (RetrieveMultiple) of <paramref name="table"/> are among <paramref name="calls"/>.</summary>
    public static int QueriesOf(this IReadOnlyList<PipelineCheckpoint> calls, string table) => calls.Count("RetrieveMultiple", table);
}
