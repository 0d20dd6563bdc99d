using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Integration.Alerts;
using SalesGoals.Crm.Integration.Mapping.Users;
using SalesGoals.Crm.Reporting.Alerts;
using SalesGoals.Crm.Worker.Dataverse;
using SalesGoals.Crm.Worker.Sync;

namespace SalesGoals.Crm.Worker.Alerts;

/// <summary>
/// An at-risk alert's notice as a task in each connected CRM the rep has an account in (ops' user mapping): the rep's
/// title and follow-up list, due in <see cref="AlertWorkerOptions.TaskDueInDays"/> days; "back on track" completes the
/// same task (same key: the alert id). Which CRMs can take tasks is whatever connectors registered an
/// <see cref="IAlertTaskWriter"/>; no system is named here. Achieved / stretch announcements ask nothing of the rep:
/// they stay in-app only.
/// </summary>
public sealed class CrmTaskSink : IAlertNoticeSink
{
    private readonly IReadOnlyList<IAlertTaskWriter> _writers;
    private readonly IConnectedSystems _systems;
    private readonly IDataverseGateway _dataverse;
    private readonly TimeProvider _time;
    private readonly AlertWorkerOptions _options;
    private readonly AlertDeliveryLog _log;

    public CrmTaskSink(
        IEnumerable<IAlertTaskWriter> writers, IConnectedSystems systems, IDataverseGateway dataverse, TimeProvider time, IOptions<AlertWorkerOptions> options, AlertDeliveryLog log)
    {
        ArgumentNullException.ThrowIfNull(options);
        _writers = writers?.ToList() ?? throw new ArgumentNullException(nameof(writers));
        _systems = systems ?? throw new ArgumentNullException(nameof(systems));
        _dataverse = dataverse ?? throw new ArgumentNullException(nameof(dataverse));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options.Value;
        _log = log ?? throw new ArgumentNullException(nameof(log));
    }

    public async Task DeliverAsync(AlertNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var writers = _writers.Where(w => _systems.Systems.Contains(w.System)).ToList();
        if (notice.Kind != AlertKind.AtRisk || notice.RepId is not { } rep || writers.Count == 0)
        {
            return;
        }

        var users = await _dataverse.GetUsersAsync(cancellationToken).ConfigureAwait(false);
        foreach (var writer in writers)
        {
            var system = await _systems.GetAsync(writer.System, refresh: false, cancellationToken).ConfigureAwait(false);
            var directory = await system.Directory.GetUsersAsync(cancellationToken).ConfigureAwait(false);
            if (new UserResolver(system.Mapping, users).ResolveExternal(rep, directory).ExternalUserId is not { } owner)
            {
                continue; // The rep does not work in this CRM.
            }

            var task = new AlertTask(
                notice.AlertId.ToString("D"), owner, notice.RepMessage.Title, notice.RepMessage.Body, notice.RepMessage.FollowUps,
                DueDate(notice), notice.Phase == AlertPhase.Resolved);
            var id = await writer.WriteAsync(task, cancellationToken).ConfigureAwait(false);
            _log.TaskWritten($"{writer.System} {notice.AlertId:D} {notice.Phase} → {id}");
        }
    }

    // Soon enough to act on, but not after the goal's period (unless that is already over: then today).
    private DateOnly DueDate(AlertNotice notice)
    {
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var end = DateOnly.FromDayNumber(notice.GoalEnd.DayNumber);
        var due = today.AddDays(_options.TaskDueInDays);
        return due > end ? (end > today ? end : today) : due;
    }
}
