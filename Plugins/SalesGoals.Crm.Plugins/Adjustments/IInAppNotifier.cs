using System;
using Microsoft.Xrm.Sdk;
using SalesGoals.Crm.Plugins.Infrastructure;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Sends in-app notifications (the platform's appnotification table) to users.</summary>
public interface IInAppNotifier
{
    /// <summary>One notification to the recipient, in the recipient's own language, with an action opening <paramref name="open"/>.</summary>
    void Notify(Guid recipient, LocalText title, LocalText body, int iconType, EntityReference open);
}
