using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.Notifications;

/// <summary>The default sink: keeps every post in a list.</summary>
public sealed class InMemoryServiceEndpointSink : IServiceEndpointSink
{
    private readonly List<ServiceEndpointPost> _posts = [];

    public IReadOnlyList<ServiceEndpointPost> Posts => _posts;

    public string Post(ServiceEndpointPost post)
    {
        _posts.Add(post);
        return string.Empty;
    }
}
