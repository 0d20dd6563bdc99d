using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.Plugins.Tests.Support;

/// <summary>The IServiceProvider Dataverse hands a plug-in, built by hand: for the platform's odd cases (a service it
/// does not provide) that the local pipeline never produces.</summary>
public sealed class StubServiceProvider : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = [];

    public StubServiceProvider With<T>(T service)
        where T : class
    {
        _services[typeof(T)] = service;
        return this;
    }

    public StubServiceProvider Without<T>()
    {
        _services.Remove(typeof(T));
        return this;
    }

    public object? GetService(Type serviceType) => _services.TryGetValue(serviceType, out var service) ? service : null;
}
