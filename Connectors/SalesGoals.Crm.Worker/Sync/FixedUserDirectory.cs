using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SalesGoals.Crm.Integration.Connectors;
using SalesGoals.Crm.Integration.Mapping.Catalog;

namespace SalesGoals.Crm.Worker.Sync;

/// <summary>A directory read once from wherever the caller has it (the sandbox: the users it created in the emulators).</summary>
public sealed class FixedUserDirectory : IExternalUserDirectory
{
    private readonly Func<IReadOnlyList<ExternalUserRef>> _read;

    public FixedUserDirectory(Func<IReadOnlyList<ExternalUserRef>> read) => _read = read ?? throw new ArgumentNullException(nameof(read));

    public Task<IReadOnlyList<ExternalUserRef>> GetUsersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ExternalUserRef>>(_read().ToList());
}
