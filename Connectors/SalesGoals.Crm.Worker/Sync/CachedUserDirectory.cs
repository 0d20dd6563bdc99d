using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>Reads a vendor's user list at most once per <c>lifetime</c> (one cycle): publishing every goal and the
/// goal events between cycles share one read instead of listing the company's users per goal.</summary>
public sealed class CachedUserDirectory : IExternalUserDirectory, IDisposable
{
    private readonly IExternalUserDirectory _inner;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyList<ExternalUserRef>? _users;
    private DateTimeOffset _readOn;

    public CachedUserDirectory(IExternalUserDirectory inner, TimeSpan lifetime, TimeProvider time)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _lifetime = lifetime;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Reads of the vendor's list so far.</summary>
    public int Reads { get; private set; }

    public async Task<IReadOnlyList<ExternalUserRef>> GetUsersAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = _time.GetUtcNow();
            if (_users is null || now - _readOn >= _lifetime)
            {
                _users = await _inner.GetUsersAsync(cancellationToken).ConfigureAwait(false);
                _readOn = now;
                Reads++;
            }

            return _users;
        }
        finally
        {
            _gate.Release();
        }
    }
}
