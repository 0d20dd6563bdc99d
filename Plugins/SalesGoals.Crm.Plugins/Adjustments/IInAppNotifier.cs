using System;

namespace SalesGoals.Crm.Plugins.Adjustments;

/// <summary>Sends in-app notifications (the platform's appnotification table) to users.</summary>
public interface IInAppNotifier
{
    /// <summary>One notification to the recipient, in the recipient's own language.</summary>
    void Notify(Guid recipient, LocalText title, LocalText body, int iconType);
}
