using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;
using SalesGoals.Crm.Dataverse.WebApi.DependencyInjection;

namespace SalesGoals.Crm.Worker.Dataverse.WebApi;

public static class DataverseGatewayServiceCollectionExtensions
{
    /// <summary>The worker's Dataverse: <c>AddDataverseWebApi</c> (client, sign-in, resilience) plus
    /// <see cref="IDataverseGateway"/> over it.</summary>
    public static IServiceCollection AddDataverseGateway(this IServiceCollection services, DataverseWebApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddDataverseWebApi(options);
        services.TryAddSingleton<IDataverseGateway, WebApiDataverseGateway>();
        return services;
    }

    /// <summary>As <c>run</c> registers it: the <c>Dataverse</c> section (Url, Auth:Mode, Auth:TenantId, Auth:ClientId,
    /// Auth:ClientSecret from the environment, limits), validated at start.</summary>
    public static IServiceCollection AddDataverseGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddDataverseWebApi(configuration);
        services.TryAddSingleton<IDataverseGateway, WebApiDataverseGateway>();
        return services;
    }
}
