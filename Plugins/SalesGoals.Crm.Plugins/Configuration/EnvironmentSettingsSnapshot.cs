using System;

namespace SalesGoals.Crm.Plugins.Configuration;

/// <summary>What the plug-ins take from the environment variables, as read at one instant. Immutable, so one
/// snapshot can be shared by every thread of the sandbox worker.</summary>
public sealed class EnvironmentSettingsSnapshot
{
    public EnvironmentSettingsSnapshot(DateTimeOffset readAt, decimal? alertThreshold, Guid? defaultCalendarId)
    {
        ReadAt = readAt;
        AlertThreshold = alertThreshold;
        DefaultCalendarId = defaultCalendarId;
    }

    public DateTimeOffset ReadAt { get; }

    /// <summary>sg_AlertThreshold (value, else default) when it is a number in (0, 1].</summary>
    public decimal? AlertThreshold { get; }

    /// <summary>The active sg_workingdaycalendar named by sg_DefaultCalendar, when one has that name.</summary>
    public Guid? DefaultCalendarId { get; }
}
