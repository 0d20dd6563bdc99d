using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Mapping;
using SalesGoals.Crm.Integration.Mapping.Records;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Sync;
using SalesGoals.Crm.Integration.Connectors;

namespace SalesGoals.Crm.Worker.Mapping;

/// <summary>
/// Each connected system with ops' mapping read from the sg_fieldmapping / sg_valuemapping / sg_usermapping rows.
/// A system with no field rows gets its connector's defaults written first (upserts by alternate key, so two
/// workers seeding at once end with one set). The rows are re-read on refresh (once per pull cycle); the adapter
/// is rebuilt and verified against the vendor's metadata only when they changed.
/// </summary>
public sealed partial class DataverseConnectedSystems : IConnectedSystems, IDisposable
{
    private readonly IReadOnlyDictionary<ExternalSystem, ISystemConnector> _connectors;
    private readonly IDataverseGateway _dataverse;
    private readonly IServiceProvider _services;
    private readonly MappingSettings _settings;
    private readonly TimeSpan _directoryLifetime;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<ExternalSystem, Loaded> _loaded = [];

    public DataverseConnectedSystems(
        IEnumerable<ISystemConnector> connectors,
        IDataverseGateway dataverse,
        IServiceProvider services,
        MappingSettings settings,
        TimeSpan directoryLifetime,
        TimeProvider time,
        ILogger<DataverseConnectedSystems> logger)
    {
        ArgumentNullException.ThrowIfNull(connectors);
        _connectors = connectors.ToDictionary(c => c.System);
        _dataverse = dataverse ?? throw new ArgumentNullException(nameof(dataverse));
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _directoryLifetime = directoryLifetime;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public IReadOnlyList<ExternalSystem> Systems => _connectors.Keys.ToList();

    public void Dispose() => _gate.Dispose();

    /// <summary>Mapping problems of the last load per system (verification against the vendor's metadata), for the health file.</summary>
    public IReadOnlyDictionary<ExternalSystem, IReadOnlyList<string>> Problems
    {
        get
        {
            lock (_loaded)
            {
                return _loaded.ToDictionary(l => l.Key, l => l.Value.Problems);
            }
        }
    }

    public async Task<ConnectedSystem> GetAsync(ExternalSystem system, bool refresh, CancellationToken cancellationToken)
    {
        if (!_connectors.TryGetValue(system, out var connector))
        {
            throw new SalesGoals.Crm.Messaging.Consumers.UnprocessableMessageException($"No connected system {system}.");
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Loaded? current;
            lock (_loaded)
            {
                _loaded.TryGetValue(system, out current);
            }

            if (current is not null && !refresh)
            {
                return current.System;
            }

            var rows = await RowsAsync(connector, cancellationToken).ConfigureAwait(false);
            var fingerprint = MappingFingerprint.Of(rows);
            if (current is not null && current.Fingerprint == fingerprint)
            {
                return current.System;
            }

            var loaded = await LoadAsync(connector, rows, fingerprint, cancellationToken).ConfigureAwait(false);
            lock (_loaded)
            {
                _loaded[system] = loaded;
            }

            return loaded.System;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<MappingRowSet> RowsAsync(ISystemConnector connector, CancellationToken cancellationToken)
    {
        var option = MappingOptionValues.SystemOption(connector.System);
        var all = await _dataverse.GetMappingRowsAsync(cancellationToken).ConfigureAwait(false);
        if (!all.FieldRows.Any(r => r.System == option))
        {
            LogSeeding(connector.System);
            await _dataverse.UpsertMappingRowsAsync(MappingRecords.ToRows(connector.DefaultMapping(_settings)), cancellationToken).ConfigureAwait(false);
            all = await _dataverse.GetMappingRowsAsync(cancellationToken).ConfigureAwait(false);
        }

        return new MappingRowSet(
            all.FieldRows.Where(r => r.System == option).ToList(),
            all.ValueRows.Where(r => r.System == option).ToList(),
            all.UserRows.Where(r => r.System == option).ToList());
    }

    private async Task<Loaded> LoadAsync(ISystemConnector connector, MappingRowSet rows, string fingerprint, CancellationToken cancellationToken)
    {
        CrmMapping mapping;
        try
        {
            mapping = MappingRecords.FromRows(connector.System, rows, _settings);
        }
        catch (MappingRecordsException exception)
        {
            throw new MappingNotUsableException(connector.System, exception.Errors);
        }

        var named = mapping.ValueMaps.Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        mapping = mapping with
        {
            ValueMaps = [.. mapping.ValueMaps, .. connector.BuiltInValueMaps.Where(v => !named.Contains(v.Name))],
            SystemUserIds = connector.SystemUserIds,
        };
        var adapter = connector.CreateAdapter(_services, mapping);
        var problems = await adapter.VerifyAsync(cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            LogMappingProblems(connector.System, problems.Count, string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        }

        LogMappingLoaded(connector.System, rows.FieldRows.Count, rows.ValueRows.Count, rows.UserRows.Count);
        var directory = new CachedUserDirectory(connector.CreateDirectory(_services), _directoryLifetime, _time);
        return new Loaded(new ConnectedSystem(adapter, mapping, directory), fingerprint, problems);
    }

    private sealed record Loaded(ConnectedSystem System, string Fingerprint, IReadOnlyList<string> Problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "{System}: no sg_fieldmapping rows; writing the connector's default mapping.")]
    private partial void LogSeeding(ExternalSystem system);

    [LoggerMessage(Level = LogLevel.Information, Message = "{System}: mapping loaded from Dataverse ({Fields} field, {Values} value, {Users} user rows).")]
    private partial void LogMappingLoaded(ExternalSystem system, int fields, int values, int users);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{System}: the mapping has {Count} problem(s):\n{Problems}")]
    private partial void LogMappingProblems(ExternalSystem system, int count, string problems);
}
