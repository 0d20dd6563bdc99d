using System;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SalesGoals.Crm.LocalHosting;

/// <summary>
/// Kestrel on 127.0.0.1 with a port the system picks, and no logging providers: how every local stand-in serves HTTP,
/// so tests and sandboxes can run side by side without port clashes or console noise.
/// <code>
/// var app = LoopbackWebHost.Create();
/// app.MapGet("/", () => "ok");
/// var baseUrl = await LoopbackWebHost.StartAsync(app, cancellationToken);   // http://127.0.0.1:51234/
/// </code>
/// </summary>
public static class LoopbackWebHost
{
    /// <summary>A slim web application listening on the loopback address only, on a free port.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        return builder.Build();
    }

    /// <summary>Starts the application and returns the address it listens on (the port is known only now).</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address);
    }

    /// <summary>Stops the application and releases the port.</summary>
    public static async ValueTask StopAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
