using System;

namespace SalesGoals.Crm.Worker.Alerts;

/// <summary>The body of a "deliver-alert" message: which alert, and which notice was owed when it was queued.</summary>
public sealed record DeliverAlertCommand(Guid AlertId, string Notice);
