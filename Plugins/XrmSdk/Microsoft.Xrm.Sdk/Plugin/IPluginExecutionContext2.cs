using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the Entra ID (Azure AD) identities and portal caller details to the plug-in context.</summary>
public interface IPluginExecutionContext2 : IPluginExecutionContext
{
    Guid UserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

    Guid InitiatingUserApplicationId { get; }

    Guid PortalsContactId { get; }

    bool IsPortalsClientCall { get; }
}
