using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Integration.Alerts;

/// <summary>A task for a rep in an external CRM about a goal alert.</summary>
/// <param name="Key">Stable per alert (the Dataverse alert id): the task's unique key in the CRM.</param>
/// <param name="OwnerExternalId">The rep's user (Zoho) or employee id (Fenxiang) in that CRM.</param>
/// <param name="Subject">One line, in the rep's language.</param>
/// <param name="Description">The figures and the follow-up list, in the rep's language.</param>
/// <param name="FollowUps">The ranked follow-ups, one line each (also inside <paramref name="Description"/>).</param>
/// <param name="DueDate">When the rep should act (the reminder date).</param>
/// <param name="Completed">True once the alert resolved ("back on track"): the task is closed with that text.</param>
public sealed record AlertTask(
    string Key,
    string OwnerExternalId,
    string Subject,
    string Description,
    IReadOnlyList<string> FollowUps,
    DateOnly DueDate,
    bool Completed);
