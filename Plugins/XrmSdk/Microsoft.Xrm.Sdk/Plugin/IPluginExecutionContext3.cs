using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the authenticated user to the plug-in context.</summary>
public interface IPluginExecutionContext3 : IPluginExecutionContext2
{
    Guid AuthenticatedUserId { get; }
}
