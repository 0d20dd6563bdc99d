using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.Query;

/// <summary>What condition operators like EqualUserId, EqualBusinessId and Today need to know about the call.</summary>
internal sealed record QueryRuntime(Guid UserId, Guid BusinessUnitId, IReadOnlySet<Guid> UserTeamIds, DateTime UtcNow);
