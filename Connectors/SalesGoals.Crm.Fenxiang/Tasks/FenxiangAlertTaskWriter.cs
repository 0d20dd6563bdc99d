using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Fenxiang.Adapter;
using SalesGoals.Crm.Fenxiang.Api;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Fenxiang.Errors;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Alerts;

namespace SalesGoals.Crm.Fenxiang.Tasks;

/// <summary>
/// A goal alert as a follow-up task for the rep in Fenxiang. Fenxiang's OpenAPI documents no task or schedule object
/// (fenxiang.md lists none), so, as for goals, the task goes to a custom object the admin creates
/// (<see cref="FenxiangAdapterOptions.AlertTaskObject"/>): name, owner, alert_key__c (unique), due_date__c (epoch ms
/// of midnight in the tenant's zone), status__c (open / done) and content__c (the follow-up list). The task is found
/// by its key first and updated, else created; a create that loses a race on the unique key becomes an update.
/// </summary>
public sealed class FenxiangAlertTaskWriter : IAlertTaskWriter
{
    public const string KeyField = "alert_key__c";
    public const string DueDateField = "due_date__c";
    public const string StatusField = "status__c";
    public const string ContentField = "content__c";
    public const string StatusOpen = "open";
    public const string StatusDone = "done";
    private const long DuplicateUniqueValue = 201112040;

    private readonly IFenxiangClient _client;
    private readonly FenxiangAdapterOptions _options;

    public FenxiangAlertTaskWriter(IFenxiangClient client, IOptions<FenxiangAdapterOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
    }

    public ExternalSystem System => ExternalSystem.Fenxiang;

    public async Task<string> WriteAsync(AlertTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var fields = new JsonObject
        {
            ["name"] = task.Subject,
            [KeyField] = task.Key,
            [DueDateField] = TenantMidnight(task.DueDate).ToUnixTimeMilliseconds(),
            [StatusField] = task.Completed ? StatusDone : StatusOpen,
            [ContentField] = task.Description,
        };
        if (await FindAsync(task.Key, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            await _client.UpdateAsync(_options.AlertTaskObject, existing, fields, cancellationToken).ConfigureAwait(false);
            return existing;
        }

        fields["owner"] = new JsonArray(task.OwnerExternalId);
        try
        {
            return await _client.CreateAsync(_options.AlertTaskObject, fields, cancellationToken).ConfigureAwait(false);
        }
        catch (FenxiangApiException exception) when (exception.Code == DuplicateUniqueValue)
        {
            // Another writer created it between our look-up and our create: update that one.
        }

        var raced = await FindAsync(task.Key, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Fenxiang refused the task {task.Key} as a duplicate but has none with that key.");
        fields.Remove("owner");
        await _client.UpdateAsync(_options.AlertTaskObject, raced, fields, cancellationToken).ConfigureAwait(false);
        return raced;
    }

    private async Task<string?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var filters = new[] { new QueryFilter(KeyField, [key], QueryOperators.Equal) };
        await foreach (var row in _client.QueryAllAsync(_options.AlertTaskObject, filters, ["_id"], 10, cancellationToken).ConfigureAwait(false))
        {
            return row["_id"]?.GetValue<string>();
        }

        return null;
    }

    private DateTimeOffset TenantMidnight(DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TenantTimeZone);
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
