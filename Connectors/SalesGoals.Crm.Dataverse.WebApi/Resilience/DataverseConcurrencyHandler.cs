using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using SalesGoals.Crm.Dataverse.WebApi.Configuration;

namespace SalesGoals.Crm.Dataverse.WebApi.Resilience;

/// <summary>Caps requests in flight (Dataverse's concurrent-request limit). It sits inside the retry strategy, so a call
/// waiting out Retry-After holds no slot; callers queue, none is dropped.</summary>
public sealed class DataverseConcurrencyHandler : DelegatingHandler
{
    private readonly SemaphoreSlim _gate;

    public DataverseConcurrencyHandler(DataverseConcurrencyGate gate) => _gate = (gate ?? throw new ArgumentNullException(nameof(gate))).Semaphore;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            _gate.Release();
        }
    }
}
