using System;
using System.Collections.Generic;

namespace SalesGoals.Crm.SolutionModel.Model;

/// <summary>An entity image of a step (ImageType: <see cref="StepImageType"/>); empty
/// <paramref name="Attributes"/> means all columns.</summary>
public sealed record StepImageDefinition(
    Guid Id,
    string EntityAlias,
    int ImageType,
    string MessagePropertyName,
    IReadOnlyList<string> Attributes)
{
    /// <summary>The image's name as registered (often equal to the alias).</summary>
    public string Name { get; init; } = EntityAlias;
}
