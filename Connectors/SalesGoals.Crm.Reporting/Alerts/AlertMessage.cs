using System.Collections.Generic;

namespace SalesGoals.Crm.Reporting.Alerts;

/// <summary>One notice in one language: a title, a body of at most <see cref="MaxBody"/> characters (appnotification.body),
/// the figures as facts, and the follow-ups.</summary>
public sealed record AlertMessage(string Title, string Body, IReadOnlyList<(string Label, string Value)> Facts, IReadOnlyList<string> FollowUps)
{
    public const int MaxTitle = 256;
    public const int MaxBody = 500;
}
