using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.Dataverse;

/// <summary>
/// Where the local Dataverse's <c>IServiceEndpointNotificationService</c> posts land: each post becomes a
/// queue message with the post's content type and properties, as Dataverse's own Service Bus integration sends it.
/// </summary>
public sealed class ServiceEndpointQueueBridge
{
    private readonly IQueueSender _sender;

    public ServiceEndpointQueueBridge(IQueueSender sender)
    {
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
    }

    public async Task PostAsync(ServiceEndpointPost post, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (string.IsNullOrEmpty(post.Body))
        {
            throw new ArgumentException("A service endpoint post needs a body.", nameof(post));
        }

        if (string.IsNullOrWhiteSpace(post.ContentType))
        {
            throw new ArgumentException("A service endpoint post needs a content type (application/json, application/xml or application/msbin1).", nameof(post));
        }

        var message = new QueueMessage(Encoding.UTF8.GetBytes(post.Body))
        {
            MessageId = post.MessageId,
            ContentType = post.ContentType,
        };
        foreach (KeyValuePair<string, object> property in post.Properties)
        {
            message.ApplicationProperties[property.Key] = property.Value;
        }

        await _sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
