using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesGoals.Crm.LocalDataverse.Concurrency;

/// <summary>
/// Deterministic interleaving: pause operation A at a checkpoint, run operation B to completion
/// (in its own transaction, committed), then let A go on. Everything runs on the caller's thread,
/// so the order of events is fixed by the test, not by timing.
/// </summary>
/// <example>
/// env.Interleaving.At(p => p.MessageName == "Update" &amp;&amp; p.PrimaryEntityName == "sg_goal" &amp;&amp; p.Stage == PipelineStage.MainOperation &amp;&amp; p.Point == PipelinePoint.BeforeStage,
///     _ => otherUserService.Execute(new WinOpportunityRequest { ... }));
/// </example>
public sealed class InterleavingScheduler
{
    private readonly List<Registration> _registrations = [];

    internal Action<Action>? Detach { get; set; }

    /// <summary>Runs <paramref name="interleave"/> when a checkpoint matches; by default once.</summary>
    public IDisposable At(Func<PipelineCheckpoint, bool> when, Action<PipelineCheckpoint> interleave, bool once = true)
    {
        ArgumentNullException.ThrowIfNull(when);
        ArgumentNullException.ThrowIfNull(interleave);
        var registration = new Registration(this, when, interleave, once);
        _registrations.Add(registration);
        return registration;
    }

    /// <summary>Every checkpoint reached, in order (a trace of the pipeline for tests).</summary>
    public IList<PipelineCheckpoint> Reached { get; } = [];

    /// <summary>When true, <see cref="Reached"/> records checkpoints (off by default to keep benchmarks lean).</summary>
    public bool RecordCheckpoints { get; set; }

    internal void Fire(PipelineCheckpoint checkpoint)
    {
        if (RecordCheckpoints)
        {
            Reached.Add(checkpoint);
        }

        if (_registrations.Count == 0)
        {
            return;
        }

        foreach (var registration in _registrations.Where(r => r.When(checkpoint)).ToList())
        {
            if (registration.Once)
            {
                _registrations.Remove(registration);
            }

            if (Detach is { } detach)
            {
                detach(() => registration.Interleave(checkpoint));
            }
            else
            {
                registration.Interleave(checkpoint);
            }
        }
    }

    private sealed record Registration(InterleavingScheduler Owner, Func<PipelineCheckpoint, bool> When, Action<PipelineCheckpoint> Interleave, bool Once) : IDisposable
    {
        public void Dispose() => Owner._registrations.Remove(this);
    }
}
