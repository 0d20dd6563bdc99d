using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.LocalDataverse.Notifications;

/// <summary>Receives service endpoint posts (the message queue plugs in here); returns the endpoint's answer.</summary>
public interface IServiceEndpointSink
{
    Task<string> PostAsync(ServiceEndpointPost post, CancellationToken cancellationToken = default);
}
