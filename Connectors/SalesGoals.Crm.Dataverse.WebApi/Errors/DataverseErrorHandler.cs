using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.Dataverse.WebApi.Errors;

/// <summary>The outermost handler: after retries are spent, a failed response becomes a <see cref="DataverseWebApiException"/>
/// carrying Dataverse's code and message.</summary>
public sealed class DataverseErrorHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var (code, message) = DataverseErrorBody.Parse(body, (int)response.StatusCode);
            throw new DataverseWebApiException((int)response.StatusCode, code, message, $"{request.Method} {request.RequestUri?.PathAndQuery}");
        }
    }
}
