using System;
using System.Threading;
using System.Threading.Tasks;
using Amqp;
using Amqp.Framing;

namespace SalesGoals.Crm.Messaging.ServiceBus;

/// <summary>Attaches links and waits for the broker's answer (a refused attach comes back empty, then detaches with the error).</summary>
internal static class AmqpLinks
{
    public static async Task<(ReceiverLink Link, Attach Remote)> AttachReceiverAsync(Session session, string name, Source source, Target? target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var attached = new TaskCompletionSource<Attach>(TaskCreationOptions.RunContinuationsAsynchronously);
        var attach = new Attach { Source = source, Target = target ?? new Target(), SndSettleMode = SenderSettleMode.Unsettled, RcvSettleMode = ReceiverSettleMode.First };
        var link = new ReceiverLink(session, name, attach, (_, remote) =>
        {
            if (remote.Source is not null)
            {
                attached.TrySetResult(remote);
            }
        });
        return (link, await WaitAsync(link, attached, timeout, cancellationToken).ConfigureAwait(false));
    }

    public static async Task<SenderLink> AttachSenderAsync(Session session, string name, Target target, Source? source, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var attached = new TaskCompletionSource<Attach>(TaskCreationOptions.RunContinuationsAsynchronously);
        var attach = new Attach { Source = source ?? new Source(), Target = target, SndSettleMode = SenderSettleMode.Unsettled, RcvSettleMode = ReceiverSettleMode.First };
        var link = new SenderLink(session, name, attach, (_, remote) =>
        {
            if (remote.Target is not null)
            {
                attached.TrySetResult(remote);
            }
        });
        await WaitAsync(link, attached, timeout, cancellationToken).ConfigureAwait(false);
        return link;
    }

    private static async Task<Attach> WaitAsync(Link link, TaskCompletionSource<Attach> attached, TimeSpan timeout, CancellationToken cancellationToken)
    {
        link.AddClosedCallback((_, error) =>
            attached.TrySetException(new AmqpException(error ?? new Error(ErrorCode.DetachForced) { Description = "The link was closed while attaching." })));
        try
        {
            return await attached.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await CloseQuietlyAsync(link).ConfigureAwait(false);
            throw;
        }
    }

    public static async Task CloseQuietlyAsync(AmqpObject? amqpObject)
    {
        if (amqpObject is null || amqpObject.IsClosed)
        {
            return;
        }

        try
        {
            await amqpObject.CloseAsync(TimeSpan.FromSeconds(2), null).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AmqpException or TimeoutException or ObjectDisposedException or InvalidOperationException)
        {
            // Already gone with its connection.
        }
    }
}
