using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace SalesGoals.Crm.LocalDataverse.Notifications;

/// <summary>The default sink: keeps every post in a list.</summary>
public sealed class InMemoryServiceEndpointSink : IServiceEndpointSink
{
    private readonly List<ServiceEndpointPost> _posts = [];

    public IReadOnlyList<ServiceEndpointPost> Posts => _posts;

    public Task<string> PostAsync(ServiceEndpointPost post, CancellationToken cancellationToken = default)
    {
        _posts.Add(post);
        return Task.FromResult(string.Empty);
    }
}
