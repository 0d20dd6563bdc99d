using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;
using SalesGoals.Crm.Plugins.Schema;
using N = SalesGoals.Crm.Plugins.Schema.AppNotification.Fields;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>
/// Creates appnotification rows: the recipient is the row's owner, a timed toast, normal priority.
/// Written in the same transaction as the change it announces, so a rolled-back change announces nothing.
/// </summary>
public sealed class InAppNotifier : IInAppNotifier
{
    /// <summary>Title and body limits of appnotification (256 and 500 characters).</summary>
    private const int TitleLength = 256;
    private const int BodyLength = 500;

    private readonly IOrganizationService _service;
    private readonly IAdjustmentRepository _people;

    public InAppNotifier(IOrganizationService service, IAdjustmentRepository people)
    {
        _service = service;
        _people = people;
    }

    public void Notify(Guid recipient, LocalText title, LocalText body, int iconType, EntityReference open)
    {
        var language = _people.LanguageOf(recipient);
        var action = OpenText.For(language);
        _service.Create(new Entity(AppNotification.LogicalName)
        {
            [N.Title] = Cut(title.For(language), TitleLength),
            [N.Body] = Cut(body.For(language), BodyLength),
            [N.OwnerId] = new EntityReference(PlatformTables.SystemUser, recipient),
            [N.IconType] = new OptionSetValue(iconType),
            [N.ToastType] = new OptionSetValue(AppNotification.Options.ToastTimed),
            [N.Priority] = new OptionSetValue(AppNotification.Options.PriorityNormal),
            [N.Data] = ActionData(action, open),
        });
    }

    private static readonly LocalText OpenText = new("Open", "打开");

    /// <summary>The notification card's action: a URL that opens the record in the app (the data column's "actions" JSON).</summary>
    public static string ActionData(string title, EntityReference record) =>
        "{\"actions\":[{\"title\":\"" + title + "\",\"data\":{\"url\":\"?pagetype=entityrecord&etn=" + record.LogicalName
        + "&id=" + record.Id.ToString("D", CultureInfo.InvariantCulture) + "\",\"navigationTarget\":\"dialog\"}}]}";

    private static string Cut(string text, int length) => text.Length <= length ? text : text.Remove(length - 1) + "…";
}
