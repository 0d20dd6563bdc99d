using System;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration;
using SalesGoals.Crm.Integration.Alerts;
using SalesGoals.Crm.Zoho.Errors;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Zoho.Tasks;

/// <summary>
/// A goal alert as a Zoho CRM task (Tasks module) owned by the rep: subject, due date, priority, the follow-up list in
/// the description. Upserted on the custom unique field <see cref="KeyField"/> (the admin adds it to Tasks, as
/// Goal_Id on Sales_Targets), so writing an alert again updates its one task; "back on track" completes it.
/// </summary>
public sealed class ZohoAlertTaskWriter : IAlertTaskWriter
{
    public const string Module = "Tasks";
    public const string KeyField = "Goal_Alert_Key";
    public const string StatusOpen = "Not Started";
    public const string StatusCompleted = "Completed";

    private readonly ZohoRecordWriter _writer;

    public ZohoAlertTaskWriter(ZohoRecordWriter writer) => _writer = writer;

    public ExternalSystem System => ExternalSystem.Zoho;

    public async Task<string> WriteAsync(AlertTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var record = new JsonObject
        {
            [KeyField] = task.Key,
            ["Subject"] = task.Subject,
            ["Description"] = task.Description,
            ["Due_Date"] = task.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Status"] = task.Completed ? StatusCompleted : StatusOpen,
            ["Priority"] = task.Completed ? "Normal" : "High",
            ["Owner"] = new JsonObject { ["id"] = task.OwnerExternalId },
        };
        var outcome = (await _writer.WriteAsync(ZohoWriteOperation.Upsert, Module, [record], [KeyField], cancellationToken).ConfigureAwait(false))[0];
        return outcome.Succeeded && outcome.RecordId is { } id
            ? id
            : throw new ZohoApiException(outcome.Error ?? new ZohoError(ZohoErrorKind.Unknown, "NO_RESULT", "Zoho stored no task.", 0));
    }
}
