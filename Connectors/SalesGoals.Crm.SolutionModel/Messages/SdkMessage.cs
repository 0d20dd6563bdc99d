using System;

namespace SalesGoals.Crm.SolutionModel.Messages;

/// <summary>A message a step can be registered for. <paramref name="IsIdVerified"/> is false when
/// the id is our own stable stand-in rather than the platform's published id (see README).</summary>
public sealed record SdkMessage(string Name, Guid Id, bool IsPlatformMessage, bool IsIdVerified);
