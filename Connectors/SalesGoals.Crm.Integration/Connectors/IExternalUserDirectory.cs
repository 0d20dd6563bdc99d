using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Integration.Connectors;

/// <summary>The external system's users with their e-mails: needed to find a goal owner's account there.</summary>
public interface IExternalUserDirectory
{
    Task<IReadOnlyList<ExternalUserRef>> GetUsersAsync(CancellationToken cancellationToken);
}
