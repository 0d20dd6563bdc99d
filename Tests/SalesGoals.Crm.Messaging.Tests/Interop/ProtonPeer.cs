using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.ServiceBus;

namespace SalesGoals.Crm.Messaging.Tests.Interop;

/// <summary>The minimal Proton peer (<c>peers/proton_peer.py</c>) on a loopback port, and clients pointed at it.</summary>
internal sealed class ProtonPeer : IAsyncDisposable
{
    /// <summary>Python and Proton start in well under a second; the bound allows for a busy 2-core machine.</summary>
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(30);

    // A SAS key the client signs CBS tokens with; the peer does not check them.
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private readonly ProtonProcess _process;

    private ProtonPeer(ProtonProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public static async Task<ProtonPeer> StartAsync(params string[] options)
    {
        int port = FreePort();
        var arguments = new List<string> { port.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        arguments.AddRange(options);
        ProtonProcess process = ProtonProcess.Start("proton_peer.py", arguments);
        await process.ReadEventAsync("ready", StartBound);
        return new ProtonPeer(process, port);
    }

    /// <summary>A client as the Azure SDKs connect: SASL ANONYMOUS and a CBS token per entity.</summary>
    public ServiceBusQueueClient CreateClient(Action<ServiceBusClientOptions>? configure = null)
    {
        var options = new ServiceBusClientOptions
        {
            ConnectionString = $"Endpoint=sb://127.0.0.1:{Port}/;SharedAccessKeyName=interop;SharedAccessKey={Key};UseDevelopmentEmulator=true",
            UseSaslPlain = false,
            OperationTimeout = TimeSpan.FromSeconds(10),
            CbsTimeout = TimeSpan.FromSeconds(2),
            RetryMinBackoff = TimeSpan.FromMilliseconds(100),
            RetryMaxBackoff = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return new ServiceBusQueueClient(options);
    }

    public Task<JsonElement> NextEventAsync(string name, TimeSpan bound) => _process.ReadEventAsync(name, bound);

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static int FreePort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
