using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Zoho.Configuration;

namespace SalesGoals.Crm.Zoho.Resilience;

/// <summary>Caps requests in flight to the org. It sits inside the retry strategy, so a call waiting
/// out its backoff holds no slot. The body is buffered before the slot is released, so the server has
/// finished the request by the time another one starts.</summary>
public sealed class ZohoConcurrencyLimitHandler : DelegatingHandler
{
    private readonly SemaphoreSlim _gate;

    public ZohoConcurrencyLimitHandler(ZohoConcurrencyGates gates, IOptions<ZohoOptions> options) =>
        _gate = gates.For(options.Value.OrgKey, options.Value.MaxConcurrency);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        finally
        {
            _gate.Release();
        }
    }
}
