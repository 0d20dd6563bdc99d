using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Messaging;

/// <summary>What the message handler has done, per cycle: read by the host to wait for a cycle and to report it.</summary>
public sealed class SyncActivity
{
    private readonly ConcurrentDictionary<(ExternalSystem, int), DealSyncResult> _pulls = new();
    private readonly ConcurrentDictionary<(ExternalSystem, int), ProgressPublishResult> _publications = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentQueue<string> _dataverseEvents = new();
    private readonly ConcurrentQueue<PaceSweepSummary> _sweeps = new();
    private readonly ConcurrentDictionary<Guid, (int Slices, RecalculationPage Last)> _recalculations = new();
    private readonly ConcurrentQueue<GoalPublication> _goalPublications = new();
    private readonly ConcurrentDictionary<ExternalSystem, DateTimeOffset> _lastPullOn = new();
    private readonly ConcurrentDictionary<ExternalSystem, ProgressPublishResult> _lastPublications = new();
    private readonly TimeProvider _time;
    private int _messagesSent;

    public SyncActivity(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>Goals written because Dataverse posted a change of them, oldest first (one entry per goal and system).</summary>
    public IReadOnlyList<GoalPublication> GoalPublications => _goalPublications.ToList();

    /// <summary>When each system's deals were last pulled successfully by this worker.</summary>
    public IReadOnlyDictionary<ExternalSystem, DateTimeOffset> LastPullOn => new Dictionary<ExternalSystem, DateTimeOffset>(_lastPullOn);

    public int MessagesSent => Volatile.Read(ref _messagesSent);

    /// <summary>Handler failures, newest last ("subject system cycle: message").</summary>
    public IReadOnlyList<string> Failures => _failures.ToList();

    /// <summary>Forwarded Dataverse service-endpoint posts seen by the consumer ("message entity id").</summary>
    public IReadOnlyList<string> DataverseEvents => _dataverseEvents.ToList();

    public DealSyncResult? Pull(ExternalSystem system, int cycle) => _pulls.GetValueOrDefault((system, cycle));

    public ProgressPublishResult? Publication(ExternalSystem system, int cycle) => _publications.GetValueOrDefault((system, cycle));

    /// <summary>Completed pace sweeps, oldest first.</summary>
    public IReadOnlyList<PaceSweepSummary> Sweeps => _sweeps.ToList();

    internal void Swept(PaceSweepSummary summary) => _sweeps.Enqueue(summary);

    /// <summary>A goal's recalculation as driven so far: slices run and the last slice's page (null when none ran).</summary>
    public (int Slices, RecalculationPage Last)? Recalculation(Guid goalId) =>
        _recalculations.TryGetValue(goalId, out var state) ? state : null;

    internal void Recalculated(Guid goalId, int slice, RecalculationPage page) => _recalculations[goalId] = (slice + 1, page);

    /// <summary>Counts a message put on the queue (by the schedulers, the handler, or a producer such as the sandbox).</summary>
    public void Sent() => Interlocked.Increment(ref _messagesSent);

    internal void Pulled(int cycle, DealSyncResult result)
    {
        _pulls[(result.System, cycle)] = result;
        _lastPullOn[result.System] = _time.GetUtcNow();
    }

    internal void GoalPublished(Guid goalId, ProgressPublishResult result) => _goalPublications.Enqueue(new GoalPublication(goalId, result));

    internal void Published(int cycle, ProgressPublishResult result)
    {
        _publications[(result.System, cycle)] = result;
        _lastPublications[result.System] = result;
    }

    /// <summary>The latest per-cycle publication to a system.</summary>
    public ProgressPublishResult? LastPublication(ExternalSystem system) => _lastPublications.GetValueOrDefault(system);

    internal void Failed(string what) => _failures.Enqueue(what);

    internal void DataverseEvent(string what) => _dataverseEvents.Enqueue(what);
}
