using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Fenxiang.Client;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Fenxiang.Adapter;

/// <summary>Fenxiang's employees (POST /cgi/user/list, whole company) who are not stopped, with their e-mails.
/// Ids are the ones records carry under the configured authentication (FSUID_… with legacy body auth).</summary>
public sealed class FenxiangUserDirectory : IExternalUserDirectory
{
    private readonly IFenxiangClient _client;

    public FenxiangUserDirectory(IFenxiangClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    public async Task<IReadOnlyList<ExternalUserRef>> GetUsersAsync(CancellationToken cancellationToken)
    {
        var users = await _client.ListUsersAsync(cancellationToken).ConfigureAwait(false);
        return users.Where(u => !u.IsStop && !string.IsNullOrEmpty(u.OpenUserId)).Select(u => new ExternalUserRef(u.OpenUserId!, u.Email)).ToList();
    }
}
