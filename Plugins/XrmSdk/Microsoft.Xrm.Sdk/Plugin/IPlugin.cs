using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>A plug-in: the platform calls <see cref="Execute"/> with the services of the current event.</summary>
public interface IPlugin
{
    void Execute(IServiceProvider serviceProvider);
}
