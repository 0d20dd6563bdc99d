using System;
using Microsoft.Xrm.Sdk;

namespace SalesGoals.Crm.LocalDataverse;

/// <summary>IOrganizationServiceFactory for code outside plug-ins (the worker, the sandbox): top-level calls, null = SYSTEM.</summary>
internal sealed class LocalOrganizationServiceFactory(LocalDataverseEnvironment environment) : IOrganizationServiceFactory
{
    public IOrganizationService CreateOrganizationService(Guid? userId) =>
        environment.GetOrganizationService(userId ?? environment.SystemUserId);
}
