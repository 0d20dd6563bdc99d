using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Amqp;
using Amqp.Framing;
using SalesGoals.Crm.Messaging.Transport;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>
/// A request/response pair of links on a Service Bus node (<c>$cbs</c>, <c>&lt;queue&gt;/$management</c>):
/// requests carry message-id and reply-to, answers come back with the correlation-id.
/// </summary>
internal sealed class AmqpRequestResponseChannel : IAsyncDisposable
{
    private readonly SenderLink _sender;
    private readonly ReceiverLink _receiver;
    private readonly string _replyTo;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<Message>> _pending = new(StringComparer.Ordinal);

    private AmqpRequestResponseChannel(SenderLink sender, ReceiverLink receiver, string replyTo)
    {
        _sender = sender;
        _receiver = receiver;
        _replyTo = replyTo;
        receiver.Start(50, OnResponse);
        receiver.AddClosedCallback((_, error) =>
        {
            foreach (TaskCompletionSource<Message> waiter in _pending.Values)
            {
                waiter.TrySetException(new AmqpException(error ?? new Error(ErrorCode.DetachForced) { Description = "The reply link closed." }));
            }
        });
    }

    public bool IsClosed => _sender.IsClosed || _receiver.IsClosed;

    public static async Task<AmqpRequestResponseChannel> OpenAsync(Session session, string address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        string id = Guid.NewGuid().ToString("N");
        string replyTo = $"{address}-reply-{id}";
        SenderLink sender = await AmqpLinks.AttachSenderAsync(session, $"{address}-sender-{id}", new Target { Address = address }, null, timeout, cancellationToken).ConfigureAwait(false);
        try
        {
            (ReceiverLink receiver, _) = await AmqpLinks.AttachReceiverAsync(session, $"{address}-receiver-{id}",
                new Source { Address = address }, new Target { Address = replyTo }, timeout, cancellationToken).ConfigureAwait(false);
            return new AmqpRequestResponseChannel(sender, receiver, replyTo);
        }
        catch
        {
            await AmqpLinks.CloseQuietlyAsync(sender).ConfigureAwait(false);
            throw;
        }
    }

    public async Task<Message> RequestAsync(Message request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        string messageId = Guid.NewGuid().ToString("N");
        request.Properties ??= new Properties();
        request.Properties.MessageId = messageId;
        request.Properties.ReplyTo = _replyTo;
        var response = new TaskCompletionSource<Message>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[messageId] = response;
        try
        {
            await _sender.SendAsync(request, timeout).ConfigureAwait(false);
            return await response.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _pending.TryRemove(messageId, out _);
        }
    }

    public static int StatusCode(Message response) =>
        Convert.ToInt32(response.ApplicationProperties?["status-code"] ?? response.ApplicationProperties?["statusCode"] ?? 0,
            System.Globalization.CultureInfo.InvariantCulture);

    public static string StatusDescription(Message response) =>
        response.ApplicationProperties?["status-description"] as string
        ?? response.ApplicationProperties?["statusDescription"] as string
        ?? string.Empty;

    public static ServiceBusException Failure(Message response, string operation)
    {
        int status = StatusCode(response);
        string condition = response.ApplicationProperties?["error-condition"]?.ToString() ?? string.Empty;
        ServiceBusFailureReason reason = status switch
        {
            401 => ServiceBusFailureReason.Unauthorized,
            404 => ServiceBusFailureReason.EntityNotFound,
            410 when condition == "com.microsoft:message-lock-lost" => ServiceBusFailureReason.MessageLockLost,
            410 => ServiceBusFailureReason.MessageLockLost,
            _ => ServiceBusFailureReason.GeneralError,
        };
        return new ServiceBusException(reason, $"{operation} failed with {status}: {StatusDescription(response)}");
    }

    public async ValueTask DisposeAsync()
    {
        await AmqpLinks.CloseQuietlyAsync(_sender).ConfigureAwait(false);
        await AmqpLinks.CloseQuietlyAsync(_receiver).ConfigureAwait(false);
    }

    private void OnResponse(IReceiverLink link, Message message)
    {
        link.Accept(message);
        string? correlationId = message.Properties?.GetCorrelationId()?.ToString();
        if (correlationId is not null && _pending.TryGetValue(correlationId, out TaskCompletionSource<Message>? waiter))
        {
            waiter.TrySetResult(message);
        }
    }
}
