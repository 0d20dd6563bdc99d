using System.Collections.Generic;

namespace SalesGoals.Crm.LocalDataverse.Pipeline;

/// <summary>What <see cref="LocalDataverseEnvironment.DrainAsync"/> ran.</summary>
public sealed record AsyncDrainResult(int Succeeded, IReadOnlyList<AsyncFailure> Failures);
