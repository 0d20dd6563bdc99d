using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.LocalDataverse.Concurrency;
using SalesGoals.Crm.LocalDataverse.Messages;
using SalesGoals.Crm.LocalDataverse.Metadata;
using SalesGoals.Crm.LocalDataverse.Notifications;
using SalesGoals.Crm.LocalDataverse.Pipeline;
using SalesGoals.Crm.LocalDataverse.Seeding;
using SalesGoals.Crm.SolutionModel.Model;

namespace SalesGoals.Crm.LocalDataverse;

/// <summary>
/// An in-memory Dataverse: the tables of a solution plus the standard ones, the solution's plug-in
/// steps bound to plug-in types from the registered assemblies, and organization services that
/// run every call through the event pipeline. Build one with <see cref="LocalDataverseBuilder"/>.
/// </summary>
public sealed class LocalDataverseEnvironment
{
    private readonly object _sync = new();
    private readonly Queue<PluginTraceRecord> _traces = new();
    private readonly Platform _platform;
    private readonly MessageRegistry _messages = new();
    private readonly PipelineRunner _pipeline;
    private long _requests;
    private long _pluginRequests;

    internal LocalDataverseEnvironment(
        IEnumerable<TableDefinition> standardTables,
        IEnumerable<TableDefinition> solutionTables,
        IEnumerable<StepDefinition> steps,
        IEnumerable<SecurityRoleDefinition> roles,
        IReadOnlyList<Assembly> pluginAssemblies,
        TimeProvider time,
        LocalDataverseOptions options,
        IServiceEndpointSink sink,
        IEnumerable<CustomApiDefinition> customApis)
    {
        Metadata = new MetadataCatalog(standardTables, solutionTables);
        TimeProvider = time;
        Options = options;
        _platform = new Platform(Metadata, time);
        var catalog = new StepCatalog(steps, pluginAssemblies, Metadata);
        _pipeline = new PipelineRunner(this, _platform, catalog, _messages, options);
        Interleaving.Detach = _pipeline.Detached;
        NotificationSink = sink;
        NotificationService = new LocalServiceEndpointNotificationService(sink, time);
        Seed = new LocalDataverseSeeder(_platform, options, _sync);
        Seed.Bootstrap();
        foreach (var role in roles)
        {
            Seed.Role(role);
        }

        foreach (var (api, plugin) in CustomApiBinder.Bind(customApis, pluginAssemblies, Metadata))
        {
            var contract = new CustomApiContract(api);
            RegisterMessageHandler(
                api.UniqueName,
                execution => CustomApiRunner.Run(this, api.UniqueName, plugin, (LocalPluginExecutionContext)execution.Context, contract),
                api.BoundEntityLogicalName);
        }
    }

    public MetadataCatalog Metadata { get; }

    public TimeProvider TimeProvider { get; }

    public LocalDataverseOptions Options { get; }

    /// <summary>Seeding helpers: business units, users, teams, currencies, roles, rows (no plug-ins run).</summary>
    public LocalDataverseSeeder Seed { get; }

    /// <summary>Deterministic interleaving of operations for concurrency tests.</summary>
    public InterleavingScheduler Interleaving { get; } = new();

    /// <summary>Where IServiceEndpointNotificationService posts go.</summary>
    public IServiceEndpointSink NotificationSink { get; }

    /// <summary>The relationships Associate and Disassociate know.</summary>
    public RelationshipCatalog Relationships => _messages.Relationships;

    public Guid OrganizationId => _platform.Directory.OrganizationId;

    public Guid RootBusinessUnitId => _platform.Directory.RootBusinessUnitId;

    /// <summary>The SYSTEM user (what IOrganizationServiceFactory.CreateOrganizationService(null) runs as).</summary>
    public Guid SystemUserId => _platform.Directory.SystemUserId;

    /// <summary>An IOrganizationServiceFactory for code outside plug-ins; null means SYSTEM.</summary>
    public IOrganizationServiceFactory ServiceFactory => new LocalOrganizationServiceFactory(this);

    internal IServiceEndpointNotificationService NotificationService { get; }

    /// <summary>The last <see cref="LocalDataverseOptions.TraceRetention"/> plug-in executions' traces, oldest first.</summary>
    public IReadOnlyList<PluginTraceRecord> Traces
    {
        get
        {
            lock (_sync)
            {
                return [.. _traces];
            }
        }
    }

    /// <summary>Asynchronous steps waiting for <see cref="DrainAsync"/>.</summary>
    public int PendingAsyncCount
    {
        get
        {
            lock (_sync)
            {
                return _pipeline.QueuedAsyncCount;
            }
        }
    }

    /// <summary>A service that acts as the given user (a top-level caller).</summary>
    public IOrganizationService GetOrganizationService(Guid userId)
    {
        lock (_sync)
        {
            if (_platform.Store.Table("systemuser").Get(userId) is null)
            {
                throw new ArgumentException($"No systemuser with id {userId}; seed it with Seed.User first.", nameof(userId));
            }
        }

        return new LocalOrganizationService(this, CallContext.TopLevel(userId));
    }

    /// <summary>Runs the queued asynchronous steps (and those they queue) until none is left, each in its own transaction.</summary>
    public AsyncDrainResult DrainAsync()
    {
        lock (_sync)
        {
            return _pipeline.DrainAsync();
        }
    }

    public void ClearTraces()
    {
        lock (_sync)
        {
            _traces.Clear();
        }
    }

    /// <summary>True when one of the user's roles (direct or through a team) grants the privilege at the depth or deeper.</summary>
    public bool HasPrivilege(Guid userId, string privilegeName, RolePrivilegeDepth minimumDepth = RolePrivilegeDepth.Basic)
    {
        lock (_sync)
        {
            return _platform.Security.DepthOf(userId, privilegeName) is { } depth && depth >= minimumDepth;
        }
    }

    /// <summary>Adds a message (or replaces a built-in one's core operation); steps registered on it run around it.</summary>
    public void RegisterMessageHandler(string messageName, Func<LocalMessageExecution, OrganizationResponse> handler, string? primaryEntityName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageName);
        ArgumentNullException.ThrowIfNull(handler);
        lock (_sync)
        {
            _messages.Add(new CustomMessageHandler(this, messageName, primaryEntityName, handler));
        }
    }

    /// <summary>A Custom API whose main operation is the plug-in (stage 30); its OutputParameters become the response.</summary>
    public void RegisterCustomApi(string uniqueName, IPlugin plugin, string? boundEntityLogicalName = null)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        RegisterMessageHandler(uniqueName, execution => CustomApiRunner.Run(this, uniqueName, plugin, (LocalPluginExecutionContext)execution.Context), boundEntityLogicalName);
    }

    /// <summary>Organization-service requests made so far through any service of this environment (a bulk
    /// message is one request, as Dataverse counts it; the platform's own per-record work is not counted).</summary>
    public long RequestCount => Interlocked.Read(ref _requests);

    /// <summary>Of <see cref="RequestCount"/>, those made by plug-ins (through their context's service factory):
    /// the figure a plug-in execution's time limit depends on.</summary>
    public long PluginRequestCount => Interlocked.Read(ref _pluginRequests);

    internal OrganizationResponse Execute(OrganizationRequest request, CallContext caller)
    {
        Interlocked.Increment(ref _requests);
        if (caller.Parent is not null)
        {
            Interlocked.Increment(ref _pluginRequests);
        }

        lock (_sync)
        {
            return _pipeline.Execute(request, caller);
        }
    }

    internal void RecordTrace(PluginTraceRecord record)
    {
        _traces.Enqueue(record);
        while (_traces.Count > Math.Max(0, Options.TraceRetention))
        {
            _traces.Dequeue();
        }
    }
}
