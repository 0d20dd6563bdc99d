using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>The IOrganizationServiceFactory a plug-in gets: its services join the running operation, one level deeper.</summary>
internal sealed class PluginServiceFactory(LocalDataverseEnvironment environment, LocalPluginExecutionContext context) : IOrganizationServiceFactory
{
    /// <summary>Null means the SYSTEM user, as in Dataverse.</summary>
    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        new LocalOrganizationService(environment, new CallContext(userId ?? environment.SystemUserId, context.InitiatingUserId, context, context.Depth));
}
