using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping.Catalog;
using SalesGoals.Crm.Zoho.Records;

namespace SalesGoals.Crm.Zoho.Adapter;

/// <summary>Zoho's active users (GET /crm/v8/users?type=ActiveUsers, every page) with their e-mails.</summary>
public sealed class ZohoUserDirectory : IExternalUserDirectory
{
    private readonly ZohoMetadataClient _metadata;

    public ZohoUserDirectory(ZohoMetadataClient metadata) => _metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));

    public async Task<IReadOnlyList<ExternalUserRef>> GetUsersAsync(CancellationToken cancellationToken)
    {
        var users = await _metadata.GetActiveUsersAsync(cancellationToken).ConfigureAwait(false);
        return users.Where(u => !string.IsNullOrEmpty(u.Id)).Select(u => new ExternalUserRef(u.Id!, u.Email)).ToList();
    }
}
