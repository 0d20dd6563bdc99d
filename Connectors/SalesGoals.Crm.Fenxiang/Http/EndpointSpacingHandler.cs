using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Fenxiang.Http;

/// <summary>Waits for the endpoint's next slot before each attempt (Fenxiang asks for ≥ 0.2 s between calls in bulk loops).</summary>
public sealed class EndpointSpacingHandler : DelegatingHandler
{
    private readonly EndpointSpacer _spacer;

    public EndpointSpacingHandler(EndpointSpacer spacer) => _spacer = spacer;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _spacer.WaitForSlotAsync(request.RequestUri?.AbsolutePath ?? string.Empty, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
