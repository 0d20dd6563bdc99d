using System;
using SalesGoals.Crm.GoalEngine.Time;

namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>One notice as the rep reads it: the alert, what is told (raised, or resolved: back on track or period ended), the
/// rep, and the message in the rep's language with the ranked follow-ups.</summary>
public sealed record AlertNotice(
    Guid AlertId, AlertKind Kind, AlertPhase Phase, Guid GoalId, LocalDate GoalEnd, Guid? RepId, AlertMessage RepMessage,
    AlertResolution Resolution = AlertResolution.BackOnTrack);
